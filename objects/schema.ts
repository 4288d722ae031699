/**
 * Additive schema changes for Durable Object SQLite. Tables are created with
 * `CREATE TABLE IF NOT EXISTS`, which never changes a table an older version created:
 * columns added later are added here, once, when the object opens.
 */
export function ensureColumns(sql: SqlStorage, table: string, columns: Record<string, string>): void {
  // Identifiers cannot be bound; `table` and the column names are constants of the caller.
  const have = new Set(sql.exec<{ name: string }>(`PRAGMA table_info(${table})`).toArray().map((r) => r.name));
  for (const [name, type] of Object.entries(columns)) {
    if (!have.has(name)) sql.exec(`ALTER TABLE ${table} ADD COLUMN ${name} ${type}`);
  }
}
