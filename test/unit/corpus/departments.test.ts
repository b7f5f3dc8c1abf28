import { describe, expect, it } from 'vitest';
import { parseDepartments, splitDepartmentList } from '../../../lib/corpus/departments';

describe('parseDepartments', () => {
  it('reads 责任单位 in 〔〕 with nested brackets, dropping 等', () => {
    expect(parseDepartments('…给予支持。〔责任单位:省科技厅、省委组织部(省人才办)、省发展改革委、省财政厅等,苏州市等有关地方政府〕')).toEqual([
      '省科技厅',
      '省委组织部(省人才办)',
      '省发展改革委',
      '省财政厅',
      '苏州市',
      '有关地方政府',
    ]);
  });

  it('reads full-width （责任部门：…）', () => {
    expect(parseDepartments('转型。（责任部门：省科技厅、省工业和信息化厅、省药监局）')).toEqual(['省科技厅', '省工业和信息化厅', '省药监局']);
  });

  it('reads 牵头单位 and 配合单位 as one list without duplicates', () => {
    expect(parseDepartments('(牵头单位:市科技局,配合单位:市发改委、市财政局)。另一段(牵头单位:市科技局,配合单位:市卫生健康委)')).toEqual(['市科技局', '市发改委', '市财政局', '市卫生健康委']);
  });

  it('reads 003 lines: unlabelled body first, 涉及部委 and 市级部门, 分别依职责推进 dropped', () => {
    expect(parseDepartments('(国务院;涉及部委:国家卫生健康委,国家药监局;市级部门:市卫生健康委,市科委、中关村管委会分别依职责推进)')).toEqual([
      '国务院',
      '国家卫生健康委',
      '国家药监局',
      '市卫生健康委',
      '市科委、中关村管委会',
    ]);
  });

  it('ignores brackets that name no responsibility', () => {
    expect(parseDepartments('发展合同研究组织(CRO)、生物制品(疫苗)批签发')).toEqual([]);
  });
});

describe('splitDepartmentList', () => {
  it('uses 、 as separator unless commas are the main one', () => {
    expect(splitDepartmentList('市发改委、科技局、工信局、人行苏州中支、苏州银保监分局,苏州工业园区管委会')).toEqual(['市发改委', '科技局', '工信局', '人行苏州中支', '苏州银保监分局', '苏州工业园区管委会']);
    expect(splitDepartmentList('市知识产权局,市科委、中关村管委会,市药监局分别依职责推进')).toEqual(['市知识产权局', '市科委、中关村管委会', '市药监局']);
  });
});
