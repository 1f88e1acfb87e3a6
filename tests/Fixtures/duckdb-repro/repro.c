// DuckDB v1.5.6: a statement PREPARED in one auto-commit transaction and EXECUTED in the next one runs a plan built on
// the table statistics of the moment it was prepared. When another connection commits rows in between, the plan's
// statistics-based rewrites (compressed materialization of strings for ORDER BY / GROUP BY, filter pruning) no longer
// hold: strings come back truncated or as invalid UTF-8 (e.g. length 1, byte 0x86), filtered counts come back 0.
// Our C# binding prepares and executes every query this way (duckdb_prepare, then duckdb_execute_prepared), so a
// dashboard reader outside a transaction saw invalid UTF-8 while the ingest committed documents.
//
// Build: gcc -O1 -Wall -pthread repro.c -o repro -L<dir of libduckdb.so> -lduckdb -Wl,-rpath,<same dir>
// Run:   ./repro demo
//        ./repro <query.sql> <seconds> <readers> <mode> <schema.sql>...
//        mode: prepare-each     duckdb_prepare + duckdb_execute_prepared per read, auto-commit (what our binding does)
//              prepare-once     one prepared statement per reader, executed again and again (auto-commit)
//              prepare-each-tx  BEGIN; duckdb_prepare; duckdb_execute_prepared; COMMIT per read
//              query            duckdb_query per read (parsed, planned and run in one auto-commit transaction)
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

// ---- the subset of duckdb.h (v1.5.6) used here ----
typedef void *duckdb_database, *duckdb_connection, *duckdb_prepared_statement, *duckdb_appender,
    *duckdb_data_chunk, *duckdb_vector, *duckdb_logical_type, *duckdb_value;
typedef uint64_t idx_t;
typedef enum { DuckDBSuccess = 0, DuckDBError = 1 } duckdb_state;
typedef struct { idx_t deprecated_column_count, deprecated_row_count, deprecated_rows_changed;
                 void *deprecated_columns; char *deprecated_error_message; void *internal_data; } duckdb_result;
typedef struct { union { struct { uint32_t length; char prefix[4]; char *ptr; } pointer;
                         struct { uint32_t length; char inlined[12]; } inlined; } value; } duckdb_string_t;
typedef struct { int32_t days; } duckdb_date;
typedef struct { int64_t micros; } duckdb_timestamp;
enum { T_BOOLEAN = 1, T_INTEGER = 4, T_BIGINT = 5, T_TIMESTAMP = 12, T_DATE = 13, T_VARCHAR = 17, T_DECIMAL = 19, T_LIST = 24 };

duckdb_state duckdb_open(const char *, duckdb_database *);
void duckdb_close(duckdb_database *);
duckdb_state duckdb_connect(duckdb_database, duckdb_connection *);
void duckdb_disconnect(duckdb_connection *);
duckdb_state duckdb_query(duckdb_connection, const char *, duckdb_result *);
void duckdb_destroy_result(duckdb_result *);
const char *duckdb_result_error(duckdb_result *);
idx_t duckdb_column_count(duckdb_result *);
int duckdb_column_type(duckdb_result *, idx_t);
const char *duckdb_column_name(duckdb_result *, idx_t);
duckdb_state duckdb_prepare(duckdb_connection, const char *, duckdb_prepared_statement *);
const char *duckdb_prepare_error(duckdb_prepared_statement);
void duckdb_destroy_prepare(duckdb_prepared_statement *);
duckdb_state duckdb_bind_varchar(duckdb_prepared_statement, idx_t, const char *);
duckdb_state duckdb_bind_int32(duckdb_prepared_statement, idx_t, int32_t);
duckdb_state duckdb_bind_int64(duckdb_prepared_statement, idx_t, int64_t);
duckdb_state duckdb_bind_date(duckdb_prepared_statement, idx_t, duckdb_date);
duckdb_state duckdb_bind_null(duckdb_prepared_statement, idx_t);
duckdb_state duckdb_execute_prepared(duckdb_prepared_statement, duckdb_result *);
duckdb_data_chunk duckdb_fetch_chunk(duckdb_result);
idx_t duckdb_data_chunk_get_size(duckdb_data_chunk);
duckdb_vector duckdb_data_chunk_get_vector(duckdb_data_chunk, idx_t);
void *duckdb_vector_get_data(duckdb_vector);
uint64_t *duckdb_vector_get_validity(duckdb_vector);
void duckdb_destroy_data_chunk(duckdb_data_chunk *);
duckdb_state duckdb_appender_create(duckdb_connection, const char *, const char *, duckdb_appender *);
const char *duckdb_appender_error(duckdb_appender);
duckdb_state duckdb_appender_close(duckdb_appender);
duckdb_state duckdb_appender_destroy(duckdb_appender *);
duckdb_state duckdb_appender_end_row(duckdb_appender);
duckdb_state duckdb_append_varchar(duckdb_appender, const char *);
duckdb_state duckdb_append_int32(duckdb_appender, int32_t);
duckdb_state duckdb_append_bool(duckdb_appender, _Bool);
duckdb_state duckdb_append_double(duckdb_appender, double);
duckdb_state duckdb_append_null(duckdb_appender);
duckdb_state duckdb_append_timestamp(duckdb_appender, duckdb_timestamp);
duckdb_state duckdb_append_value(duckdb_appender, duckdb_value);
duckdb_logical_type duckdb_create_logical_type(int);
void duckdb_destroy_logical_type(duckdb_logical_type *);
duckdb_value duckdb_create_varchar(const char *);
duckdb_value duckdb_create_list_value(duckdb_logical_type, duckdb_value *, idx_t);
void duckdb_destroy_value(duckdb_value *);
const char *duckdb_library_version(void);

// ---- helpers ----
static volatile int stop;
static long printed;
static long reads, bad, bad_reads, wrong, failures;
static int mode;  // 0 prepare-each, 1 prepare-once, 2 prepare-each-tx, 3 query
static const char *MODES[] = {"prepare-each", "prepare-once", "prepare-each-tx", "query"};
static const char *FILES[] = {"par_index_provinces.csv", "sipas_provinces.csv", "sipas_units_in_provinces.csv", "unit_changes_2025.csv",
                              "000_3bc385bdad3b4eff.txt", "001_ad5c23cb879ea52c.txt", "002_cafea9ff515821b6.txt", "003_6349143c1c6dfa22.txt", "004_eff36063a9686b3b.txt"};
static const char *query_sql;
static duckdb_database db;

static void die(const char *what, const char *err) { fprintf(stderr, "FATAL %s: %s\n", what, err ? err : "?"); exit(2); }
static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb"); if (!f) die("open", path);
    fseek(f, 0, SEEK_END); long n = ftell(f); fseek(f, 0, SEEK_SET);
    char *s = malloc(n + 1); if (fread(s, 1, n, f) != (size_t)n) die("read", path); s[n] = 0; fclose(f); return s;
}
static void exec(duckdb_connection con, const char *sql) {
    duckdb_result r; if (duckdb_query(con, sql, &r) != DuckDBSuccess) die(sql, duckdb_result_error(&r)); duckdb_destroy_result(&r);
}
// Strict UTF-8 (as .NET's throwing decoder): no stray continuation bytes, truncation, overlongs, surrogates or > U+10FFFF.
static int valid_utf8(const unsigned char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        if (c < 0x80) { i++; continue; }
        unsigned k = (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : 0;
        if (k == 0 || i + k >= n) return 0;
        uint32_t cp = c & (0x3F >> k);
        for (unsigned j = 1; j <= k; j++) { if ((s[i + j] & 0xC0) != 0x80) return 0; cp = cp << 6 | (s[i + j] & 0x3F); }
        if ((k == 1 && cp < 0x80) || (k == 2 && cp < 0x800) || (k == 3 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
        i += k + 1;
    }
    return 1;
}
static void hex(const unsigned char *p, size_t n, char *out) { for (size_t i = 0; i < n && i < 64; i++) sprintf(out + 2 * i, "%02X", p[i]); }

// Checks every VARCHAR of every chunk while the chunk is alive: valid UTF-8, and for the two columns of the query a
// value that was written (a known file name; 64 lowercase hex digits). Prints the first few problems; returns their number.
static int known_value(const char *column, const unsigned char *s, uint32_t len) {
    if (!strcmp(column, "sha256")) {
        if (len != 64) return 0;
        for (uint32_t i = 0; i < len; i++) if (!strchr("0123456789abcdef", s[i])) return 0;
        return 1;
    }
    if (strcmp(column, "source_file")) return 1;
    for (int f = 0; f < 9; f++) if (strlen(FILES[f]) == len && !memcmp(FILES[f], s, len)) return 1;
    return 0;
}
static int validate(duckdb_result *res, const char *who) {
    int problems = 0;
    idx_t cols = duckdb_column_count(res);
    for (duckdb_data_chunk ch; (ch = duckdb_fetch_chunk(*res));) {
        idx_t n = duckdb_data_chunk_get_size(ch);
        for (idx_t c = 0; c < cols; c++) {
            if (duckdb_column_type(res, c) != T_VARCHAR) continue;
            const char *name = duckdb_column_name(res, c);
            duckdb_vector v = duckdb_data_chunk_get_vector(ch, c);
            duckdb_string_t *data = duckdb_vector_get_data(v);
            uint64_t *valid = duckdb_vector_get_validity(v);
            for (idx_t i = 0; i < n; i++) {
                if (valid && !(valid[i / 64] & (1ULL << (i % 64)))) continue;
                uint32_t len = data[i].value.inlined.length;
                const unsigned char *s = (const unsigned char *)(len <= 12 ? data[i].value.inlined.inlined : data[i].value.pointer.ptr);
                int utf8 = valid_utf8(s, len);
                if (utf8 && known_value(name, s, len)) continue;
                problems++;
                if (utf8) __sync_fetch_and_add(&wrong, 1); else __sync_fetch_and_add(&bad, 1);
                if (__sync_fetch_and_add(&printed, 1) >= 12) continue;
                char hs[40] = {0}, hb[130] = {0};
                hex((const unsigned char *)&data[i], 16, hs);
                hex(s, len, hb);
                printf("%s %s: column %s row %llu of a %llu-row chunk, length %u (%s), string_t %s, bytes %s%s\n", who,
                       utf8 ? "WRONG VALUE" : "INVALID UTF-8", name, (unsigned long long)i, (unsigned long long)n, len,
                       len <= 12 ? "inline" : "pointer", hs, hb, len > 64 ? "..." : "");
                fflush(stdout);
            }
        }
        duckdb_destroy_data_chunk(&ch);
    }
    return problems;
}

// ---- reader: the query in auto-commit, every VARCHAR checked while its chunk is alive ----
static void *reader(void *arg) {
    (void)arg;
    duckdb_connection con;
    if (duckdb_connect(db, &con) != DuckDBSuccess) die("connect", "reader");
    duckdb_prepared_statement once = NULL;
    if (mode == 1 && duckdb_prepare(con, query_sql, &once) != DuckDBSuccess) die("prepare", duckdb_prepare_error(once));
    while (!stop) {
        duckdb_result r;
        duckdb_prepared_statement st = once;
        duckdb_state state;
        if (mode == 2) exec(con, "BEGIN TRANSACTION");
        if (mode == 3) state = duckdb_query(con, query_sql, &r);
        else {
            if (mode != 1 && duckdb_prepare(con, query_sql, &st) != DuckDBSuccess) die("prepare", duckdb_prepare_error(st));
            state = duckdb_execute_prepared(st, &r);
        }
        if (state != DuckDBSuccess) __sync_fetch_and_add(&failures, 1);
        else if (validate(&r, MODES[mode])) __sync_fetch_and_add(&bad_reads, 1);
        duckdb_destroy_result(&r);
        if (mode != 1 && mode != 3) duckdb_destroy_prepare(&st);
        if (mode == 2) exec(con, "COMMIT");
        __sync_fetch_and_add(&reads, 1);
    }
    if (once) duckdb_destroy_prepare(&once);
    duckdb_disconnect(&con);
    return NULL;
}

// ---- writer: one document = one transaction deleting the file's rows, inserting its document row, appending its rows ----
static const char *TEXT = "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2024 của Sở Công Thương đạt 88,4%, xếp hạng 7/18";
static void append_text(duckdb_appender a, const char *s) { if (duckdb_append_varchar(a, s)) die("append", duckdb_appender_error(a)); }
static void end_row(duckdb_appender a) { if (duckdb_appender_end_row(a)) die("end_row", duckdb_appender_error(a)); }
static duckdb_appender open_app(duckdb_connection con, const char *t) {
    duckdb_appender a; if (duckdb_appender_create(con, NULL, t, &a)) die("appender", duckdb_appender_error(a)); return a;
}
static void close_app(duckdb_appender a) { if (duckdb_appender_close(a)) die("close", duckdb_appender_error(a)); duckdb_appender_destroy(&a); }

static void write_document(duckdb_connection con, const char *file, int version, int observations, int targets, int tasks, int findings) {
    static const char *tables[] = {"raw_documents", "raw_observations", "raw_targets", "raw_tasks", "raw_findings"};
    char sql[200], sha[65];
    for (int i = 0; i < 64; i++) sha[i] = "0123456789abcdef"[(i * 7 + version * 13 + (int)strlen(file)) % 16];
    sha[64] = 0;
    exec(con, "BEGIN TRANSACTION");
    for (int t = 0; t < 5; t++) {
        snprintf(sql, sizeof sql, "DELETE FROM %s WHERE source_file = $1", tables[t]);
        duckdb_prepared_statement st; duckdb_result r;
        if (duckdb_prepare(con, sql, &st)) die("prepare", duckdb_prepare_error(st));
        duckdb_bind_varchar(st, 1, file);
        if (duckdb_execute_prepared(st, &r)) die("delete", duckdb_result_error(&r));
        duckdb_destroy_result(&r); duckdb_destroy_prepare(&st);
    }
    duckdb_prepared_statement st; duckdb_result r;
    if (duckdb_prepare(con, "INSERT INTO raw_documents (source_file, sha256, kind, issuer, province, year, number, issued_on, format, bytes, path) "
                            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)", &st)) die("prepare", duckdb_prepare_error(st));
    duckdb_bind_varchar(st, 1, file); duckdb_bind_varchar(st, 2, sha); duckdb_bind_varchar(st, 3, "plan");
    duckdb_bind_varchar(st, 4, "Sở Công Thương"); duckdb_bind_varchar(st, 5, "Khánh Hòa"); duckdb_bind_int32(st, 6, 2025);
    duckdb_bind_varchar(st, 7, "123/KH-SCT"); duckdb_bind_date(st, 8, (duckdb_date){20100}); duckdb_bind_varchar(st, 9, "txt");
    duckdb_bind_int64(st, 10, 12345); duckdb_bind_varchar(st, 11, "/srv/analytics/inbox/document.txt");
    if (duckdb_execute_prepared(st, &r)) die("insert", duckdb_result_error(&r));
    duckdb_destroy_result(&r); duckdb_destroy_prepare(&st);

    duckdb_appender a = open_app(con, "raw_observations");
    for (int i = 0; i < observations; i++) {
        append_text(a, file); duckdb_append_int32(a, i + 1); append_text(a, "Sở Công Thương"); append_text(a, "department");
        append_text(a, "Khánh Hòa"); duckdb_append_int32(a, 2024); append_text(a, "SIPAS"); append_text(a, "reception");
        append_text(a, "Tiếp cận dịch vụ"); duckdb_append_double(a, 85.67); duckdb_append_int32(a, 9); duckdb_append_int32(a, 18);
        duckdb_append_int32(a, -4); duckdb_append_null(a); duckdb_append_bool(a, 0); append_text(a, "stated");
        duckdb_append_int32(a, 10 + i); append_text(a, TEXT); end_row(a);
    }
    close_app(a);
    a = open_app(con, "raw_targets");
    for (int i = 0; i < targets; i++) {
        append_text(a, file); duckdb_append_int32(a, i + 1); append_text(a, "Sở Công Thương"); append_text(a, "department");
        append_text(a, "Khánh Hòa"); duckdb_append_int32(a, 2025); append_text(a, "SIPAS"); append_text(a, "overall");
        duckdb_append_double(a, 90); append_text(a, "self"); duckdb_append_null(a); duckdb_append_int32(a, 40 + i); append_text(a, TEXT); end_row(a);
    }
    close_app(a);
    a = open_app(con, "raw_tasks");
    duckdb_logical_type vt = duckdb_create_logical_type(T_VARCHAR);
    for (int i = 0; i < tasks; i++) {
        append_text(a, file); duckdb_append_int32(a, i + 1); append_text(a, "Sở Công Thương"); append_text(a, "Khánh Hòa");
        duckdb_append_int32(a, 2025); append_text(a, "SIPAS"); append_text(a, "II. Nhiệm vụ");
        duckdb_value items[2] = {duckdb_create_varchar("access"), duckdb_create_varchar("reception")};
        duckdb_value list = duckdb_create_list_value(vt, items, 2);
        if (duckdb_append_value(a, list)) die("append list", duckdb_appender_error(a));
        duckdb_destroy_value(&list); duckdb_destroy_value(&items[0]); duckdb_destroy_value(&items[1]);
        append_text(a, "Niêm yết công khai, đầy đủ thủ tục hành chính tại Bộ phận Một cửa"); append_text(a, "Văn phòng Sở");
        append_text(a, "Các phòng chuyên môn"); append_text(a, "Thường xuyên"); append_text(a, "100% thủ tục được niêm yết");
        duckdb_append_int32(a, 60 + i); append_text(a, TEXT); end_row(a);
    }
    duckdb_destroy_logical_type(&vt);
    close_app(a);
    a = open_app(con, "raw_findings");
    for (int i = 0; i < findings; i++) {
        append_text(a, file); append_text(a, sha); duckdb_append_int32(a, 70 + i); append_text(a, "warning");
        append_text(a, "Dòng có số liệu nhưng không nhận ra tiêu chí"); append_text(a, TEXT); duckdb_append_bool(a, 0);
        append_text(a, "/srv/analytics/inbox/document.txt"); duckdb_append_timestamp(a, (duckdb_timestamp){1700000000000000LL}); end_row(a);
    }
    close_app(a);
    exec(con, "COMMIT");
}

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }

// Deterministic, one thread: prepare on an empty table, commit a row from another connection, execute.
static int demo(void) {
    static const char *queries[] = {
        "SELECT source_file FROM raw_documents ORDER BY source_file",
        "SELECT source_file, count(*)::VARCHAR AS n FROM raw_documents GROUP BY source_file",
        "SELECT count(*)::VARCHAR AS n FROM raw_documents WHERE source_file = 'par_index_provinces.csv'",
        "SELECT source_file FROM raw_documents WHERE source_file > 'a'",
    };
    if (duckdb_open(NULL, &db) != DuckDBSuccess) die("open", ":memory:");
    duckdb_connection reader_con, writer_con;
    duckdb_connect(db, &reader_con);
    duckdb_connect(db, &writer_con);
    for (int q = 0; q < 4; q++) {
        exec(writer_con, "DROP TABLE IF EXISTS raw_documents");
        exec(writer_con, "CREATE TABLE raw_documents (source_file VARCHAR NOT NULL, sha256 VARCHAR NOT NULL)");
        duckdb_prepared_statement st;
        if (duckdb_prepare(reader_con, queries[q], &st) != DuckDBSuccess) die("prepare", duckdb_prepare_error(st));
        exec(writer_con, "INSERT INTO raw_documents VALUES ('par_index_provinces.csv', '5f1e0e0a9c7c3b1d2e4f6a8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d')");
        for (int fresh = 0; fresh < 2; fresh++) {
            duckdb_result r;
            if ((fresh ? duckdb_query(reader_con, queries[q], &r) : duckdb_execute_prepared(st, &r)) != DuckDBSuccess)
                die("execute", duckdb_result_error(&r));
            printf("%-13s %s\n", fresh ? "fresh query:" : "prepared:", queries[q]);
            idx_t rows = 0;
            for (duckdb_data_chunk ch; (ch = duckdb_fetch_chunk(r));) {
                for (idx_t c = 0; c < duckdb_column_count(&r); c++) {
                    duckdb_string_t *data = duckdb_vector_get_data(duckdb_data_chunk_get_vector(ch, c));
                    for (idx_t i = 0; i < duckdb_data_chunk_get_size(ch); i++) {
                        uint32_t len = data[i].value.inlined.length;
                        const unsigned char *s = (const unsigned char *)(len <= 12 ? data[i].value.inlined.inlined : data[i].value.pointer.ptr);
                        int ok = valid_utf8(s, len);
                        char hb[130] = {0};
                        hex(s, len, hb);
                        printf("    %-11s = '%.*s' (length %u, bytes %s)%s\n", duckdb_column_name(&r, c), ok ? (int)len : 0,
                               (const char *)s, len, hb, ok ? "" : "  <- invalid UTF-8");
                    }
                }
                rows += duckdb_data_chunk_get_size(ch);
                duckdb_destroy_data_chunk(&ch);
            }
            if (rows == 0) printf("    (no rows)\n");
            duckdb_destroy_result(&r);
        }
        duckdb_destroy_prepare(&st);
    }
    duckdb_disconnect(&reader_con);
    duckdb_disconnect(&writer_con);
    duckdb_close(&db);
    return 0;
}

int main(int argc, char **argv) {
    if (argc == 2 && !strcmp(argv[1], "demo")) return demo();
    if (argc < 6) { fprintf(stderr, "usage: %s demo | %s query.sql seconds readers mode schema.sql...\n", argv[0], argv[0]); return 2; }
    query_sql = slurp(argv[1]);
    double seconds = atof(argv[2]);
    int nreaders = atoi(argv[3]);
    mode = -1;
    for (int m = 0; m < 4; m++) if (!strcmp(argv[4], MODES[m])) mode = m;
    if (mode < 0 || nreaders < 1 || nreaders > 64) die("arguments", "mode or reader count");
    printf("DuckDB %s, %d reader thread(s), mode %s, a fresh database file per iteration\n", duckdb_library_version(), nreaders, MODES[mode]);
    double start = now();
    long iterations = 0, commits = 0;
    while (now() - start < seconds) {
        char path[64], wal[80];
        snprintf(path, sizeof path, "/tmp/duckdb-repro-%d.duckdb", getpid());
        snprintf(wal, sizeof wal, "%s.wal", path);
        unlink(path);
        unlink(wal);
        if (duckdb_open(path, &db) != DuckDBSuccess) die("open", path);
        duckdb_connection w;
        duckdb_connect(db, &w);
        for (int i = 5; i < argc; i++) {
            char *schema = slurp(argv[i]);
            exec(w, schema);
            free(schema);
        }
        stop = 0;
        pthread_t th[64];
        for (int i = 0; i < nreaders; i++) pthread_create(&th[i], NULL, reader, NULL);
        usleep(20000);
        for (int round = 0; round < 2; round++)
            for (int f = 0; f < 9; f++, commits++)
                write_document(w, FILES[f], round, f < 4 ? 40 + 10 * f : 20, f < 4 ? 0 : 8, f < 4 ? 0 : 12, 3);
        stop = 1;
        for (int i = 0; i < nreaders; i++) pthread_join(th[i], NULL);
        duckdb_result r;
        if (duckdb_query(w, query_sql, &r) != DuckDBSuccess) die("final read", duckdb_result_error(&r));
        if (validate(&r, "final")) die("final read", "the writer's own connection reads bad values");
        duckdb_destroy_result(&r);
        duckdb_disconnect(&w);
        duckdb_close(&db);
        unlink(path);
        unlink(wal);
        iterations++;
    }
    printf("mode %s: %.0f s, %ld iterations, %ld commits, %ld reads, %ld reads with a bad value "
           "(%ld invalid UTF-8 strings, %ld valid but wrong strings), %ld failed reads\n",
           MODES[mode], now() - start, iterations, commits, reads, bad_reads, bad, wrong, failures);
    return bad_reads ? 1 : 0;
}
