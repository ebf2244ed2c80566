/*
 * JSONTestSuite (nst/JSONTestSuite, test_parsing: 95 y_, 188 n_, 35 i_ files) replayed inside valid documents,
 * through every entry point that reads JSON: the file as the value of an unknown member, of a placement's note and
 * of a card's text in a real canvas (ik_document_from_json, ik_cohort_add_json, ik_document_from_jansson), inside
 * a template (ik_canvas_new), an effect (ik_canvas_set_effect) and the xAPI settings, and the file alone.
 *
 * What must hold, whatever jansson lets through:
 *   n_  refused everywhere, with the same code in every place (syntax does not depend on where it is):
 *       IK_EJSON, IK_EUTF8 (only for bytes that are not UTF-8), IK_ELIMIT (only for nesting past the limit) or
 *       IK_ERANGE (a number too large, met before the syntax error); nothing is returned.
 *   y_  loaded, and the value read back (ik_document_to_jansson) equals jansson's own reading of the file, except
 *       where the header refuses it: a duplicate key and a \u0000 escape are IK_EJSON.
 *   i_  loaded and read back equal, or refused with a documented code; never loaded and altered.
 * Usage: test_conformance EXAMPLES_DIR SUITE_DIR EXTRA_DIR (SUITE_DIR: build/JSONTestSuite/test_parsing, fetched by
 * make deps; EXTRA_DIR: Tests/data/conformance, ImpactKit's own cases in the same naming).
 */
#define _POSIX_C_SOURCE 200809L  /* opendir under -std=c99 */
#include <impactkit.h>
#include <jansson.h>

#include <dirent.h>

#include "check.h"

enum { POSITIONS = 3 };
static const char *position_names[POSITIONS] = {"unknown member", "note", "card text"};
/* The value each embedding replaces in pzw-bottendaal-week5.json (the unknown member is inserted, not replaced). */
static const char *replaced[POSITIONS] = {NULL, "\"Zes ouderen geïnterviewd over bewegen en eten\"",
                                          "\"Buurtlunch met bewoners\""};

typedef struct {
    char *data;
    size_t len;
} bytes;

/* `base` with `value` inserted as the first member of its top-level object or put in place of `target`. */
static bytes embed(const char *base, const char *target, const char *value, size_t value_len) {
    static const char member[] = "\n  \"x-embedded\": ";
    size_t base_len = strlen(base);
    bytes out = {malloc(base_len + value_len + sizeof member + 2), 0};
    const char *at = target ? strstr(base, target) : strchr(base, '{') + 1;
    size_t head = (size_t)(at - base), skip = target ? strlen(target) : 0;
    memcpy(out.data, base, head);
    out.len = head;
    if (!target) {
        memcpy(out.data + out.len, member, sizeof member - 1);
        out.len += sizeof member - 1;
    }
    memcpy(out.data + out.len, value, value_len);
    out.len += value_len;
    if (!target) out.data[out.len++] = ',';
    memcpy(out.data + out.len, at + skip, base_len - head - skip);
    out.len += base_len - head - skip;
    return out;
}

static int valid_utf8(const unsigned char *s, size_t len) {
    for (size_t i = 0; i < len;) {
        unsigned char c = s[i];
        size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > len) return 0;
        unsigned int cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
        for (size_t k = 1; k < n; k++) {
            if ((s[i + k] & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += n;
    }
    return 1;
}

/* Deepest bracket nesting outside strings, as ImpactKit's pre-scan counts it. */
static int nesting(const char *s, size_t len) {
    int depth = 0, deepest = 0, in_string = 0;
    for (size_t i = 0; i < len; i++) {
        if (in_string) {
            if (s[i] == '\\') i++;
            else if (s[i] == '"') in_string = 0;
        } else if (s[i] == '"') in_string = 1;
        else if (s[i] == '[' || s[i] == '{') deepest = ++depth > deepest ? depth : deepest;
        else if ((s[i] == ']' || s[i] == '}') && depth > 0) depth--;
    }
    return deepest;
}

static int has_duplicate_key(const char *s, size_t len) {
    json_error_t e;
    json_t *lax = json_loadb(s, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &e);
    json_t *strict = lax ? json_loadb(s, len, JSON_DECODE_ANY | JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES, &e) : NULL;
    int duplicate = lax && !strict;
    json_decref(lax);
    json_decref(strict);
    return duplicate;
}

static int load(const bytes *doc, ik_error *err) {
    ik_document *out = (ik_document *)0x1;
    int status = ik_document_from_json(&out, doc->data, doc->len, NULL, err);
    if (status != IK_OK && out != NULL) return 99;  /* something handed out on failure */
    ik_document_free(out);
    return status;
}

/* The embedded value as the document now holds it, read back through the jansson export. */
static json_t *read_back(const bytes *doc, int position) {
    ik_document *out = NULL;
    json_t *tree = NULL, *value = NULL;
    if (ik_document_from_json(&out, doc->data, doc->len, NULL, NULL) != IK_OK) return NULL;
    if (ik_document_to_jansson(out, &tree, NULL) == IK_OK) {
        if (position == 0) value = json_object_get(tree, "x-embedded");
        else if (position == 1) value = json_object_get(json_array_get(json_object_get(tree, "placements"), 0), "note");
        else value = json_object_get(json_array_get(json_object_get(tree, "cards"), 0), "text");
        json_incref(value);
    }
    json_decref(tree);
    ik_document_free(out);
    return value;
}

int main(int argc, char **argv) {
    const char *examples = argc > 1 ? argv[1] : "examples/data";
    const char *suites[2] = {argc > 2 ? argv[2] : "build/JSONTestSuite/test_parsing",
                             argc > 3 ? argv[3] : "Tests/data/conformance"};
    size_t base_len = 0;
    char *base = read_file(examples, "pzw-bottendaal-week5.json", &base_len);
    char *template_json = NULL;
    CHECK(base && ik_template_builtin(&template_json, "lim", NULL) == IK_OK);
    int files = 0, suite_files[2] = {0}, cases = 0, counts[3][2] = {{0}};  /* per class y/n/i: read, refused */
    for (int s = 0; s < 2; s++) {
        const char *suite = suites[s];
        DIR *dir = opendir(suite);
        if (!dir || !base || !template_json) {
            fprintf(stderr, "conformance: cannot read %s (run make deps: it fetches JSONTestSuite)\n", suite);
            return 1;
        }
        struct dirent *entry;
        while ((entry = readdir(dir)) != NULL) {
            const char *name = entry->d_name;
            size_t name_len = strlen(name);
            if (name_len < 7 || name[1] != '_' || strcmp(name + name_len - 5, ".json") != 0) continue;
            char kind = name[0];
            size_t len = 0;
            char *file = read_file(suite, name, &len);
            if (!file) continue;
            files++;
            suite_files[s]++;
            int utf8 = valid_utf8((const unsigned char *)file, len);
            int deep = nesting(file, len) + 1 > 64;  /* +1: the document around it */
            ik_error err;

            /* Every place a document reads JSON, with its result code. */
            int codes[16];
            int n = 0;
            json_t *values[POSITIONS] = {NULL};
            for (int p = 0; p < POSITIONS; p++) {
                bytes doc = embed(base, replaced[p], file, len);
                codes[n] = load(&doc, &err);
                if (codes[n] == IK_OK) values[p] = read_back(&doc, p);
                n++;
                if (p == 0) {
                    ik_cohort *cohort = NULL;
                    CHECK(ik_cohort_new(&cohort, NULL, NULL, &err) == IK_OK);
                    codes[n++] = ik_cohort_add_json(cohort, name, doc.data, doc.len, &err);
                    char *report = NULL;
                    CHECK(ik_cohort_evaluate(cohort, NULL, &report, &err) == IK_OK);
                    /* Counted or listed, never lost: one canvas or one skipped entry. */
                    CHECK(contains(report, codes[n - 1] == IK_OK ? "\"groups\": 1" : name));
                    ik_free(report);
                    ik_cohort_free(cohort);
                }
                /* A host that parses with jansson first: whatever jansson hands over is read or refused, no crash. */
                json_error_t jerr;
                json_t *tree = json_loadb(doc.data, doc.len, 0, &jerr);
                if (tree) {
                    ik_document *from_tree = NULL;
                    int status = ik_document_from_jansson(&from_tree, tree, NULL, &err);
                    int known = status == IK_OK || status == IK_ESCHEMA || status == IK_EINVAL || status == IK_ERANGE || status == IK_ELIMIT ||
                                status == IK_EJSON;
                    if (!known) fprintf(stderr, "conformance: %s (%s, from jansson): code %d %s\n", name, position_names[p],
                                        status, err.message);
                    CHECK(known);
                    ik_document_free(from_tree);
                    json_decref(tree);
                }
                free(doc.data);
            }
            /* A template, an effect and the xAPI settings carrying the file. */
            bytes in_template = embed(template_json, NULL, file, len);
            ik_canvas *canvas = NULL;
            codes[n++] = ik_canvas_new(&canvas, "Conformance", in_template.data, in_template.len, NULL, &err);
            ik_canvas_free(canvas);
            free(in_template.data);
            bytes in_effect = embed("{\"intended\": true}", NULL, file, len);
            ik_document *doc = NULL;
            CHECK(ik_document_from_json(&doc, base, base_len, NULL, &err) == IK_OK);
            CHECK(ik_canvas_from_document(&canvas, doc, &err) == IK_OK);
            int effect = ik_canvas_set_effect(canvas, "p6", in_effect.data, in_effect.len, &err);
            free(in_effect.data);
            bytes in_settings = embed("{\"homepage\": \"https://lms.example.org\"}", NULL, file, len);
            ik_report_options ropts = IK_REPORT_OPTIONS_INIT;
            ropts.xapi_settings = in_settings.data;
            ropts.xapi_settings_len = in_settings.len;
            char *statements = NULL;
            int settings = ik_document_to_xapi(doc, &ropts, &statements, &err);
            ik_free(statements);
            free(in_settings.data);
            ik_canvas_free(canvas);
            ik_document_free(doc);

            bytes alone = {file, len};
            int top = load(&alone, &err);
            cases += n + 3;

            json_error_t jerr;
            json_t *expected = json_loadb(file, len, JSON_DECODE_ANY, &jerr);
            if (kind == 'n') {
                /* Refused in every place with one code, and the code is the one the bytes call for. */
                int code = codes[0], same = top == code && effect == code && settings == code;
                for (int i = 1; i < n; i++) same = same && codes[i] == code;
                int fits = code == IK_EJSON || (code == IK_EUTF8 && !utf8) || (code == IK_ELIMIT && deep) || code == IK_ERANGE;
                if (!same || !fits) fprintf(stderr, "conformance: %s: codes %d %d %d %d %d, top %d, effect %d, settings %d\n",
                                            name, codes[0], codes[1], codes[2], codes[3], codes[4], top, effect, settings);
                CHECK(same && fits);
                counts[1][1]++;
            } else {
                /* Accepted means read exactly as jansson reads the file; a refusal is one the header documents. */
                int refused_as_documented = (kind == 'y')
                    ? (has_duplicate_key(file, len) || strstr(file, "\\u0000") != NULL) && codes[0] == IK_EJSON
                    : codes[0] == IK_EJSON || codes[0] == IK_ERANGE || (codes[0] == IK_EUTF8 && !utf8) ||
                          (codes[0] == IK_ELIMIT && deep);
                int faithful = codes[0] == IK_OK && expected && values[0] && json_equal(values[0], expected);
                if (!faithful && !refused_as_documented)
                    fprintf(stderr, "conformance: %s (%s): code %d, %s\n", name, position_names[0], codes[0],
                            codes[0] == IK_OK ? "read back differently" : "refused");
                CHECK(faithful || refused_as_documented);
                /* The cohort reads as the document does; a note or card text takes a string only. */
                CHECK(codes[1] == codes[0]);
                for (int p = 1; p < POSITIONS; p++) {
                    int code = codes[p + 1];
                    int string = expected && json_is_string(expected);
                    /* null is "absent" (documented): fine for a note, missing for a card's text, which is required.
                     * An empty note or card text is refused as such (IK_EINVAL). */
                    int ok = codes[0] != IK_OK ? (code == codes[0] || code == IK_ESCHEMA)
                             : json_is_null(expected) ? (p == 1 ? code == IK_OK && values[p] == NULL : code == IK_ESCHEMA)
                             : string && json_string_length(expected) == 0 ? code == IK_EINVAL
                             : string ? code == IK_OK && values[p] && json_equal(values[p], expected)
                                      : code == IK_ESCHEMA;
                    if (!ok) fprintf(stderr, "conformance: %s (%s): code %d\n", name, position_names[p], code);
                    CHECK(ok);
                }
                counts[kind == 'y' ? 0 : 2][codes[0] == IK_OK ? 0 : 1]++;
            }
            json_decref(expected);
            for (int p = 0; p < POSITIONS; p++) json_decref(values[p]);
            free(file);
        }
        closedir(dir);
    }
    ik_free(template_json);
    free(base);
    CHECK(suite_files[0] == 318 && suite_files[1] == 10);
    printf("conformance: %d files (JSONTestSuite %d, ImpactKit's own %d), %d cases: y %d read / %d refused as documented, "
           "n %d refused, i %d read / %d refused\n",
           files, suite_files[0], suite_files[1], cases, counts[0][0], counts[0][1], counts[1][1], counts[2][0], counts[2][1]);
    printf("conformance: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
