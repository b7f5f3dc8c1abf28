import type { Clause, Corpus, DocumentRelation, Level, PolicyDocument } from '../../../lib/corpus/schema';
import { makeDocument } from '../document-fixture';

type DocSpec = { id: string; level: Level; region: string; title?: string };
type ClauseSpec = { id: string; heading: string | null; text: string; departments?: string[] };

function doc({ id, level, region, title = `文件${id}` }: DocSpec): PolicyDocument {
  return makeDocument({ id, title, level, region });
}

/** A small corpus: documents, then clauses whose id prefix before ':' names their document. */
export function makeCorpus(docs: DocSpec[], clauses: ClauseSpec[], relations: DocumentRelation[] = []): Corpus {
  const order = new Map<string, number>();
  return {
    schemaVersion: 1,
    version: 'fixture-1',
    documents: docs.map(doc),
    clauses: clauses.map((c): Clause => {
      const [documentId, pathText] = c.id.split(':') as [string, string];
      const path = pathText.split('/');
      const n = order.get(documentId) ?? 0;
      order.set(documentId, n + 1);
      return {
        id: c.id,
        documentId,
        path,
        label: path.at(-1)!,
        heading: c.heading,
        text: c.text,
        departments: c.departments ?? [],
        order: n,
        related: [],
      };
    }),
    cited: [],
    relations,
    quality: [],
  };
}

/** Clauses on unrelated subjects, so that term statistics look like a real corpus. */
export const FILLER: ClauseSpec[] = [
  { id: 'F:1', heading: '优化土地资源审批', text: '引导生物医药产业项目纳入工业用地保障线，推行弹性年期出让方式。' },
  { id: 'F:2', heading: '加大资本支持', text: '通过产业创新集群发展基金带动天使投资、创业投资等子基金设立。' },
  { id: 'F:3', heading: '完善通关机制', text: '建立进出口业务单位专门名录，根据信用等级给予通关便利。' },
  { id: 'F:4', heading: '引进高层次人才', text: '支持引进世界一流顶尖人才和团队，开辟职称评审绿色通道。' },
  { id: 'F:5', heading: '推进智能制造', text: '开展智能生产线、智能车间和智能工厂建设示范，提升制药装备智能化水平。' },
  { id: 'F:6', heading: '拓展国际市场', text: '支持企业申请国外注册认证，通过国际机构符合性检查并实现销售。' },
  { id: 'F:7', heading: '优化环境准入', text: '加快推动规划环评与项目环评联动，简化环评办理流程。' },
  { id: 'F:8', heading: '支持园区发展', text: '开展医药产业园区认定，保障园区用地需求，优化园区审批流程。' },
];
