import { eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { fieldLabels } from '../contract/field-spec';
import type { PathRecordKind } from '../contract/support';
import { BARRIER_FIELDS, INTERVIEW_FIELDS, TRAINING_FIELDS } from '../contract/support-fields';
import { supportBarriers, supportInterviews, supportTrainings } from '../schema';
import type { ChildStore } from './support-records';

// Where each record of a path is stored (interviews, barriers, actions and trainings): one store
// each, shared by their save and their deletion.

const INTERVIEW_LABELS = { ...fieldLabels(INTERVIEW_FIELDS), clientId: 'Utilisateur' };

type Table = typeof supportInterviews | typeof supportBarriers | typeof supportTrainings;

function store<T extends Table>(ctx: Ctx, table: T, entity: PathRecordKind, notFound: string, changed: string, labels: Record<string, string>) {
  return {
    entity,
    notFound,
    record: (id: number) => ({ entity, entityId: id, changed, labels }),
    read: (id: number) => ctx.db.select().from(table as Table).where(eq(table.id, id)).get() as T['$inferSelect'] | undefined,
    insert: (columns: Record<string, unknown>, at: string) =>
      ctx.db
        .insert(table as Table)
        .values({ ...(columns as T['$inferInsert']), createdAt: at, updatedAt: at })
        .returning({ id: table.id })
        .get().id,
    update: (id: number, columns: Record<string, unknown>, at: string, version: number) => {
      ctx.db.update(table as Table).set({ ...columns, updatedAt: at, version }).where(eq(table.id, id)).run();
    },
    remove: (id: number) => {
      ctx.db.delete(table as Table).where(eq(table.id, id)).run();
    },
  } satisfies ChildStore<T['$inferSelect']>;
}

/** The stores of a path's records, by the journal's name of each. */
export function pathStores(ctx: Ctx) {
  return {
    entretien: store(ctx, supportInterviews, 'entretien', "Cet entretien n'existe pas (ou plus).", 'Cet entretien a été modifié', INTERVIEW_LABELS),
    frein: store(ctx, supportBarriers, 'frein', "Ce frein n'existe pas (ou plus).", 'Ce frein a été modifié', fieldLabels(BARRIER_FIELDS)),
    action_formation: store(ctx, supportTrainings, 'action_formation', "Cette action n'existe pas (ou plus).", 'Cette action a été modifiée', fieldLabels(TRAINING_FIELDS)),
  };
}
