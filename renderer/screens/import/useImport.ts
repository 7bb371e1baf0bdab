import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ImportPreviewResult } from '../../../db/contract/imports';
import { errorText, send } from '../../api/client';
import { base64ToBytes, bytesToBase64 } from '../../api/files';
import { saveFile, type OpenedFile } from '../../api/platform';
import { useFeedback } from '../../components/feedback';
import { useRouter } from '../../router';
import { fileProblem, skipMessage } from './import-text';

// The state of the import wizard: the file read, what the back end understood of it, the
// columns as the person matched them, and the three actions (read a file, change a column,
// import). Only the answer to the latest request counts: changing file or column while a
// preview is on its way drops the older answer.

export type ImportKind = 'workers' | 'clients';
export type Mapping = Record<string, number | null>;
export type Busy = null | 'reading' | 'checking' | 'importing';

/** The schema accepts 40 M base64 characters, i.e. 30 MB. */
const MAX_BYTES = 30 * 1024 * 1024;

function preview(kind: ImportKind, fileBase64: string, mapping: Mapping | null) {
  const input = { fileBase64, mapping };
  return kind === 'workers' ? send('workers.importPreview', input) : send('clients.importPreview', input);
}

function commit(kind: ImportKind, fileBase64: string, mapping: Mapping, skipInvalid: boolean, fileName: string) {
  const input = { fileBase64, mapping, skipInvalid, fileName };
  return kind === 'workers' ? send('workers.importCommit', input) : send('clients.importCommit', input);
}

const unreadable = (name: string) =>
  `Le fichier « ${name} » n'a pas pu être lu. Vérifiez qu'il n'est pas ouvert dans un autre programme, puis réessayez.`;

/** The elements the keyboard is sent to: the file field, the summary of a preview, an error. */
export interface ImportFocus {
  fileInput: RefObject<HTMLInputElement | null>;
  summary: RefObject<HTMLParagraphElement | null>;
  alert: RefObject<HTMLDivElement | null>;
}

export function useImport(kind: ImportKind, backTo: string, focus: ImportFocus) {
  const { toast, confirm } = useFeedback();
  const { navigate } = useRouter();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [result, setResult] = useState<ImportPreviewResult | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setErrorText] = useState<string | null>(null);
  /** Each preview request gets a number; an answer to an older request is dropped. */
  const request = useRef(0);
  const focusSummary = useRef(false);
  const focusAlert = useRef(false);
  const { fileInput, summary, alert } = focus;

  // Keyboard: the file input on arrival (and when changing file), the summary once a file is read.
  useEffect(() => {
    if (!result) fileInput.current?.focus();
    else if (focusSummary.current) {
      focusSummary.current = false;
      summary.current?.focus();
    }
  }, [result, fileInput, summary]);

  useEffect(() => {
    if (error && focusAlert.current) {
      focusAlert.current = false;
      alert.current?.focus();
    }
  }, [error, alert]);

  const showPreview = (r: ImportPreviewResult) => {
    setMapping(r.mapping);
    setResult(r);
  };

  const downloadTemplate = async () => {
    const r = kind === 'workers' ? await send('workers.importTemplate', {}) : await send('clients.importTemplate', {});
    if (!r.ok) return toast(errorText(r.error, true), 'error');
    const saved = await saveFile({ name: r.value.fileName, content: base64ToBytes(r.value.base64), type: 'csv' });
    if (saved.kind === 'saved') toast(`Modèle enregistré (${r.value.fileName})`);
    else if (saved.kind === 'failed') toast(saved.message, 'error');
  };

  const chooseFile = async (chosen: OpenedFile) => {
    setErrorText(null);
    const problem = fileProblem(chosen.name, chosen.size, MAX_BYTES);
    if (problem) return setErrorText(problem);
    const id = ++request.current;
    setBusy('reading');
    let base64: string;
    try {
      base64 = bytesToBase64(await chosen.read());
    } catch {
      if (id === request.current) {
        setBusy(null);
        setErrorText(unreadable(chosen.name));
      }
      return;
    }
    const r = await preview(kind, base64, null);
    if (id !== request.current) return;
    setBusy(null);
    if (!r.ok) return setErrorText(errorText(r.error, true));
    focusSummary.current = true;
    setFile({ name: chosen.name, base64 });
    showPreview(r.value);
  };

  const changeMapping = async (key: string, value: number | null) => {
    if (!file) return;
    const next = { ...mapping, [key]: value };
    setMapping(next);
    setErrorText(null);
    const id = ++request.current;
    setBusy('checking');
    const r = await preview(kind, file.base64, next);
    if (id !== request.current) return;
    setBusy(null);
    if (!r.ok) return setErrorText(errorText(r.error, true));
    showPreview(r.value);
  };

  const changeFile = () => {
    request.current++;
    setBusy(null);
    setErrorText(null);
    setFile(null);
    setResult(null);
    setMapping({});
  };

  const runImport = async () => {
    if (!file || !result || busy) return;
    const skipInvalid = result.errorLineCount > 0;
    if (skipInvalid) {
      const ok = await confirm({
        title: 'Ignorer les lignes en erreur ?',
        body: skipMessage(result),
        confirmLabel: 'Importer les lignes valides',
        cancelLabel: 'Revenir',
      });
      if (!ok) return;
    }
    const id = ++request.current;
    setErrorText(null);
    setBusy('importing');
    const r = await commit(kind, file.base64, result.mapping, skipInvalid, file.name);
    if (id !== request.current) return;
    if (r.ok) {
      // Its report says what was imported, and keeps the refused lines to print or to download and correct.
      navigate(`${backTo}/import/${r.value.reportId}`);
      return;
    }
    setBusy(null);
    setErrorText(errorText(r.error, true));
    // The button pressed may go away with the new preview: keep the keyboard on the message.
    focusAlert.current = true;
    // The database may have changed since the preview (someone added the same person):
    // read the file again so that the lists below say why. The preview stays if that fails.
    const again = await preview(kind, file.base64, result.mapping);
    if (id === request.current && again.ok) showPreview(again.value);
  };

  return {
    fileName: file?.name ?? '',
    result,
    mapping,
    busy,
    error,
    setError: setErrorText,
    downloadTemplate,
    chooseFile,
    changeMapping,
    changeFile,
    runImport,
    cancel: () => navigate(backTo),
  };
}
