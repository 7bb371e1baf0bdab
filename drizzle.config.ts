import { defineConfig } from 'drizzle-kit';

// Migrations are generated with `npm run db:generate`, reviewed by hand, and applied at
// start-up by db/migrate.ts (not by drizzle's migrator: see that file for why).
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
