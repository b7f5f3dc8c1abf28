import { useCallback, useEffect, useState } from 'react';
import { LibraryImport } from '@/components/LibraryImport';
import { LibraryPreview, type DuplicateChoice, type PreviewFields } from '@/components/LibraryPreview';
import { t, type MessageKey } from '@/components/i18n';
import { toPack } from '@/lib/corpus/pack';
import { parsePolicyText, type ParsedDocument } from '@/lib/corpus/parse-text';
import { editableFields, EditableFieldsSchema, toUserDocument } from '@/lib/corpus/user-document';
import type { LibraryDb } from '@/lib/store/db';
import { PageTextSchema, PENDING_IMPORT_KEY } from '@/lib/store/document-messages';
import { findDuplicate, listUserDocuments } from '@/lib/store/user-documents';
import { describeZodError } from '@/lib/zod-issues';
import { ask } from '../content/messaging';
import { ImportError, readImportFile, type ImportedText, type ImportProblem } from './read-file';

/**
 * The library page's side of adding documents: a file, pasted text or a page handed over by
 * "add this page" goes through the general parser into a preview; only 保存到文库 sends it to
 * the background, which stores it and tells open pages. Deleting offers an undo.
 */
const PROBLEM_KEY: Record<ImportProblem, MessageKey> = { empty: 'errorEmptyFile', tooLarge: 'errorTooLarge', binary: 'errorBinaryFile', scanned: 'errorScannedPdf', unsupported: 'errorUnsupported' };

interface Preview {
  parsed: ParsedDocument;
  fields: PreviewFields;
  source: string;
}

type Notice = { text: string; undo?: () => void };

function download(name: string, json: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(json, null, 1)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useImportFlow(db: LibraryDb) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [duplicate, setDuplicate] = useState<(DuplicateChoice & { id: string }) | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const showText = useCallback(
    async ({ text, kind, titleHint, source }: ImportedText) => {
      const held = await db.documents.toArray();
      const parsed = parsePolicyText(text, { id: 'preview', source, kind, titleHint, held });
      const same = findDuplicate(held, parsed.document);
      setDuplicate(same ? { id: same.id, title: same.title, userAdded: same.added !== undefined } : null);
      setPreview({ parsed, fields: editableFields(parsed), source });
      setSaveError(null);
      setNotice(null);
    },
    [db],
  );

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof ImportError ? t(PROBLEM_KEY[e.problem]) : e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }, []);

  const onFile = (file: File) => void run(async () => showText(await readImportFile(file)));
  const onPaste = (text: string) => void run(async () => showText({ text, kind: 'text', titleHint: null, source: t('importPasteLabel') }));

  // "Add this page" hands the page over through session storage.
  useEffect(() => {
    if (!location.hash.includes('import=page')) return;
    void run(async () => {
      const stored = (await browser.storage.session.get(PENDING_IMPORT_KEY))[PENDING_IMPORT_KEY];
      if (stored === undefined) return;
      await browser.storage.session.remove(PENDING_IMPORT_KEY);
      const page = PageTextSchema.parse(stored);
      await showText({ text: page.text, kind: 'page', titleHint: page.title || null, source: page.url });
    });
  }, [run, showText]);

  const save = async (mode: 'new' | 'replace') => {
    if (!preview) return;
    setSaving(true);
    setSaveError(null);
    try {
      const fields = EditableFieldsSchema.safeParse(preview.fields);
      if (!fields.success) throw new Error(describeZodError(fields.error));
      const document = toUserDocument(preview.parsed, fields.data, { source: preview.source, at: new Date().toISOString() });
      const outcome = await ask({ type: 'save-document', document, mode });
      if (outcome.saved) {
        setPreview(null);
        setDuplicate(null);
        setNotice({ text: t('savedToLibrary', document.document.title) });
      } else setDuplicate(outcome.duplicate);
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  const merge = async () => {
    if (!preview || !duplicate) return;
    const { docNumber, issued, effectiveFrom, effectiveTo, issuers } = preview.fields;
    const facts = Object.fromEntries(Object.entries({ docNumber, issued, effectiveFrom, effectiveTo, issuers: issuers.length ? issuers : null }).filter(([, v]) => v !== null));
    try {
      await ask({ type: 'merge-facts', id: duplicate.id, facts, source: preview.source });
      setPreview(null);
      setNotice({ text: t('savedToLibrary', duplicate.title) });
      setDuplicate(null);
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    }
  };

  const onDelete = (id: string) =>
    void run(async () => {
      const removed = await ask({ type: 'delete-document', id });
      if (!removed) return;
      setNotice({
        text: t('deletedDocument', removed.document.title),
        undo: () =>
          void run(async () => {
            await ask({ type: 'save-document', document: removed, mode: 'new' });
            setNotice(null);
          }),
      });
    });

  const onExportPack = () => void run(async () => download('policy-lens-documents.json', toPack(await listUserDocuments(db))));
  const onPackFile = (file: File) =>
    void run(async () => {
      let data: unknown;
      try {
        data = JSON.parse(await file.text());
      } catch {
        throw new ImportError('binary');
      }
      const ids = await ask({ type: 'import-pack', pack: data });
      setNotice({ text: t('importedPack', String(ids.length)) });
    });

  const view = (
    <>
      {notice ? (
        <p role="status" className="pl-notice">
          {notice.text}{' '}
          {notice.undo ? (
            <button type="button" className="pl-link" onClick={notice.undo}>
              {t('undo')}
            </button>
          ) : null}
        </p>
      ) : null}
      {preview ? (
        <LibraryPreview
          parsed={preview.parsed}
          fields={preview.fields}
          source={preview.source}
          duplicate={duplicate}
          saving={saving}
          error={saveError}
          onFields={(fields) => setPreview({ ...preview, fields })}
          onSave={(mode) => void save(mode)}
          onMerge={() => void merge()}
          onCancel={() => {
            setPreview(null);
            setDuplicate(null);
          }}
        />
      ) : (
        <LibraryImport busy={busy} error={error} onFile={onFile} onPaste={onPaste} onPackFile={onPackFile} onExportPack={onExportPack} />
      )}
    </>
  );
  return { view, onDelete };
}
