/* Generated from include/impactkit.h by `make php-header` (cpp -P): PHP FFI reads no #include or macros.
   Do not edit; make test checks it is up to date. */
const char *ik_version(void);
const char *ik_strerror(int code);
typedef struct ik_error {
    int code;
    int line;
    int column;
    char path[128];
    char message[256];
} ik_error;
typedef struct ik_options {
    unsigned int version;
    const char *lang;
    size_t max_document_bytes;
    size_t max_depth;
    size_t max_string_bytes;
    size_t max_elements;
} ik_options;
int ik_options_init(ik_options *opts, unsigned int version);
void ik_free(void *p);
int ik_template_builtin(char **out_json, const char *template_id, ik_error *error);
typedef struct ik_canvas ik_canvas;
struct json_t;
int ik_canvas_new(ik_canvas **out, const char *title, const char *template_json, size_t template_len,
                  const ik_options *opts, ik_error *error);
int ik_canvas_from_json(ik_canvas **out, const char *json, size_t len, const ik_options *opts, ik_error *error);
int ik_canvas_from_jansson(ik_canvas **out, const struct json_t *json, const ik_options *opts, ik_error *error);
int ik_canvas_to_json(const ik_canvas *canvas, char **out_json, ik_error *error);
int ik_canvas_to_jansson(const ik_canvas *canvas, struct json_t **out_json, ik_error *error);
int ik_canvas_place(ik_canvas *canvas, const char *card_id, const char *domain_id, const char *field,
                    const char *note, char **out_placement_id, ik_error *error);
int ik_canvas_place_text(ik_canvas *canvas, const char *text, const char *domain_id, const char *field,
                         const char *note, char **out_placement_id, ik_error *error);
int ik_canvas_unplace(ik_canvas *canvas, const char *placement_id, ik_error *error);
int ik_canvas_placements(const ik_canvas *canvas, char **out_json, ik_error *error);
int ik_canvas_add_card(ik_canvas *canvas, const char *card_id, const char *kind, const char *text,
                       ik_error *error);
int ik_canvas_cards(const ik_canvas *canvas, char **out_json, ik_error *error);
int ik_canvas_answer(ik_canvas *canvas, const char *question_id, const char *answer, const char *by,
                     ik_error *error);
int ik_canvas_evaluate(const ik_canvas *canvas, const ik_options *opts, char **out_report, ik_error *error);
int ik_canvas_report_text(const ik_canvas *canvas, const ik_options *opts, char **out_text, ik_error *error);
void ik_canvas_free(ik_canvas *canvas);
