import { useRouter } from '../router';

// What the create and update forms of a worker's or a client's record share: a saved record
// opens its page, the fields are labelled from the entity's description, and the back end's
// errors (`worker.birthName`) are matched to the fields.

export interface RecordForm {
  /** The section's path (`/salaries`): a saved record opens at `/salaries/12`. */
  path: string;
  errorPrefix: string;
  labels: Record<string, string>;
}

/** The options of useForm that every form of the record takes. */
export function useRecordFormOptions(record: RecordForm) {
  const { navigate } = useRouter();
  return {
    onSaved: (saved: { id: number }) => navigate(`${record.path}/${saved.id}`, { force: true }),
    errorPrefix: record.errorPrefix,
    labels: record.labels,
  };
}
