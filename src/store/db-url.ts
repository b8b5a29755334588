/** The database a command uses when `--db` is not given. */
export const DEFAULT_DB = 'dyad.sqlite';

/** True for a `--db` value naming a Postgres database rather than an SQLite file. */
export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//.test(db);
