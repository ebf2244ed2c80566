/*
 * portfolio_export — what a portfolio system does with a group's canvas (or any ImpactKit document): read it,
 * evaluate it, and store the
 * evidence files a portfolio keeps (the canvas itself, the evaluation report, a text summary for people, the
 * canvas as a poster picture) and the xAPI statements it sends to its Learning Record Store (the poster attached
 * by its SHA-256), also as the multipart/mixed request an LRS needs to receive the poster's bytes with them.
 * Students are sent as pseudonyms keyed with the platform's secret salt (IMPACTKIT_PSEUDONYM_SALT here; a real
 * host keeps it in its configuration), never by name.
 *
 *   cc portfolio_export.c $(pkg-config --cflags --libs impactkit) -o portfolio_export
 *   IMPACTKIT_PSEUDONYM_SALT=… ./portfolio_export CANVAS.json OUTDIR [nl|en] [PLATFORM-URL]
 *
 * Files are written atomically (temporary file, then rename), so an interrupted export never leaves half a file.
 */
#include <impactkit.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_all(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t size = 0, cap = 0, n;
    char chunk[65536];
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (size + n > cap) {
            cap = (size + n) * 2;
            char *grown = realloc(buf, cap);
            if (!grown) { free(buf); fclose(f); return NULL; }
            buf = grown;
        }
        memcpy(buf + size, chunk, n);
        size += n;
    }
    fclose(f);
    *len = size;
    return buf ? buf : calloc(1, 1);
}

static int write_atomically(const char *dir, const char *name, const char *text) {
    char path[4096], temporary[4200];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    snprintf(temporary, sizeof temporary, "%s.tmp", path);
    FILE *f = fopen(temporary, "wb");
    if (!f) return -1;
    size_t len = strlen(text);
    int ok = fwrite(text, 1, len, f) == len;
    ok = (fclose(f) == 0) && ok;
    if (!ok || rename(temporary, path) != 0) { remove(temporary); return -1; }
    printf("wrote %s\n", path);
    return 0;
}

static int fail(const char *what, const ik_error *err) {
    fprintf(stderr, "%s: %s: %s", what, ik_strerror(err->code), err->message);
    if (err->path[0]) fprintf(stderr, " (at %s)", err->path);
    if (err->line) fprintf(stderr, " (line %d, column %d)", err->line, err->column);
    fputc('\n', stderr);
    return 1;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s CANVAS.json OUTDIR [nl|en] [PLATFORM-URL]\n", argv[0]);
        return 2;
    }
    size_t len = 0;
    char *json = read_all(argv[1], &len);
    if (!json) { perror(argv[1]); return 1; }

    /* Any ImpactKit document opens the same way; the language given here is the document's report language. */
    ik_error err;
    ik_options opts = IK_OPTIONS_INIT;
    opts.lang = argc > 3 ? argv[3] : "nl";
    ik_document *canvas = NULL;
    int rc = ik_document_from_json(&canvas, json, len, &opts, &err);
    free(json);
    if (rc != IK_OK) return fail(argv[1], &err);

    char *canvas_json = NULL, *report = NULL, *text = NULL, *poster = NULL, *statements = NULL;
    char *request = NULL, *request_type = NULL;
    /* The settings are JSON text; this example pastes the URL and salt in, so it takes neither with a quote or a
     * backslash (a host building the settings with a JSON library needs no such rule). */
    const char *salt = getenv("IMPACTKIT_PSEUDONYM_SALT");
    const char *platform = argc > 4 ? argv[4] : "https://portfolio.example.org";
    if ((salt && strpbrk(salt, "\"\\")) || strpbrk(platform, "\"\\")) {
        fprintf(stderr, "the salt and the platform URL may not contain \" or \\ here\n");
        ik_document_free(canvas);
        return 2;
    }
    char settings[2048];
    if (salt)
        snprintf(settings, sizeof settings, "{\"homepage\": \"%s\", \"attachment\": true, \"pseudonym_salt\": \"%s\"}",
                 platform, salt);
    else  /* no salt: the library refuses to name the team's students (IK_EINVAL at "/pseudonym_salt") */
        snprintf(settings, sizeof settings, "{\"homepage\": \"%s\", \"attachment\": true}", platform);
    ik_report_options xapi = IK_REPORT_OPTIONS_INIT;
    xapi.xapi_settings = settings;
    xapi.xapi_settings_len = strlen(settings);
    int status = 1;
    if (ik_document_to_json(canvas, &canvas_json, &err) != IK_OK) { fail("to_json", &err); goto done; }
    if (ik_document_evaluate(canvas, NULL, &report, &err) != IK_OK) { fail("evaluate", &err); goto done; }
    if (ik_document_report_text(canvas, NULL, &text, &err) != IK_OK) { fail("report_text", &err); goto done; }
    if (ik_document_render_svg(canvas, NULL, &poster, &err) != IK_OK) { fail("render_svg", &err); goto done; }
    /* The platform URL comes from the command line: a bad one is refused with IK_EINVAL at "/homepage". */
    if (ik_document_to_xapi(canvas, &xapi, &statements, &err) != IK_OK) {
        fail("to_xapi", &err);
        goto done;
    }
    /* The body to POST to the LRS's /statements, with request_type as its Content-Type header. */
    if (ik_document_to_xapi_multipart(canvas, &xapi, &request, &request_type, &err) != IK_OK) {
        fail("to_xapi_multipart", &err);
        goto done;
    }
    if (write_atomically(argv[2], "canvas.json", canvas_json) != 0 ||
        write_atomically(argv[2], "report.json", report) != 0 ||
        write_atomically(argv[2], "summary.txt", text) != 0 ||
        write_atomically(argv[2], "poster.svg", poster) != 0 ||
        write_atomically(argv[2], "statements.json", statements) != 0 ||
        write_atomically(argv[2], "request.multipart", request) != 0 ||
        write_atomically(argv[2], "request.content-type", request_type) != 0) {
        perror(argv[2]);
        goto done;
    }
    status = 0;
done:
    ik_free(canvas_json);
    ik_free(report);
    ik_free(text);
    ik_free(poster);
    ik_free(request);
    ik_free(request_type);
    ik_free(statements);
    ik_document_free(canvas);
    return status;
}
