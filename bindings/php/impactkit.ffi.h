/* Generated from include/impactkit.h by `make php-header` (cpp -P): PHP FFI reads no #include or macros.
   Do not edit; make test checks it is up to date. */
const char *ik_version(void);
int ik_version_number(void);
typedef enum ik_status {
    IK_OK = 0,
    IK_EINVAL = -1,
    IK_EJSON = -2,
    IK_ESCHEMA = -3,
    IK_ENOTFOUND = -4,
    IK_EEXIST = -5,
    IK_ERANGE = -6,
    IK_ELIMIT = -7,
    IK_ENOMEM = -8,
    IK_EHANDLE = -9,
    IK_EUTF8 = -10,
    IK_ENOTSUP = -11,
    IK_ECONFLICT = -12,
    IK_EIO = -13
} ik_status;
const char *ik_strerror(int code);
typedef struct ik_error {
    int code;
    int line;
    int column;
    char path[128];
    char message[256];
} ik_error;
int ik_error_localize(const ik_error *error, const char *lang, char **out_text, ik_error *err);
int ik_error_describe(const ik_error *error, const char *lang, char **out_text, ik_error *err);
int ik_picture_tag_pdf(const char *svg, size_t svg_len, const unsigned char *pdf, size_t pdf_len,
                       unsigned char **out_pdf, size_t *out_len, ik_error *err);
void ik_free(void *p);
typedef struct ik_options {
    unsigned int version;
    const char *lang;
    size_t max_document_bytes;
    size_t max_depth;
    size_t max_string_bytes;
    size_t max_elements;
} ik_options;
int ik_options_init(ik_options *opts, unsigned int version);
typedef struct ik_report_options {
    unsigned int version;
    const char *lang;
    const char *as_of;
    const char *dimensions;
    const char *xapi_settings;
    size_t xapi_settings_len;
} ik_report_options;
int ik_report_options_init(ik_report_options *opts, unsigned int version);
typedef struct ik_document ik_document;
struct json_t;
int ik_document_from_json(ik_document **out, const char *json, size_t len, const ik_options *opts, ik_error *error);
int ik_document_from_jansson(ik_document **out, const struct json_t *json, const ik_options *opts, ik_error *error);
int ik_document_template(ik_document **out, const char *kind, const ik_options *opts, ik_error *error);
const char *ik_document_kind(const ik_document *doc);
int ik_document_kinds(char **out_json, ik_error *error);
int ik_document_to_json(const ik_document *doc, char **out_json, ik_error *error);
int ik_document_to_jansson(const ik_document *doc, struct json_t **out_json, ik_error *error);
int ik_document_revision(const ik_document *doc, char **out_revision, ik_error *error);
int ik_document_save(const ik_document *doc, const char *path, ik_error *error);
int ik_document_evaluate(const ik_document *doc, const ik_report_options *ropts, char **out_report, ik_error *error);
int ik_document_report_text(const ik_document *doc, const ik_report_options *ropts, char **out_text, ik_error *error);
int ik_document_render_svg(const ik_document *doc, const ik_report_options *ropts, char **out_svg, ik_error *error);
int ik_document_to_csv(const ik_document *doc, const ik_report_options *ropts, char **out_csv, ik_error *error);
int ik_document_to_xapi(const ik_document *doc, const ik_report_options *ropts, char **out_json, ik_error *error);
int ik_document_to_xapi_multipart(const ik_document *doc, const ik_report_options *ropts, char **out_body,
                                  char **out_content_type, ik_error *error);
int ik_document_to_ob3(const ik_document *doc, const ik_report_options *ropts, const char *settings_json,
                       size_t settings_len, char **out_json, ik_error *error);
int ik_journey_credentials(const ik_document *doc, const ik_report_options *ropts, const char *settings_json,
                           size_t settings_len, char **out_json, ik_error *error);
int ik_journey_learner_record(const ik_document *doc, const ik_report_options *ropts, const char *settings_json,
                              size_t settings_len, const char *credentials_json, size_t credentials_len,
                              char **out_json, ik_error *error);
int ik_vc_jwt_signing_input(const char *credential_json, size_t credential_len, const char *alg, const char *kid,
                            char **out_input, ik_error *error);
int ik_vc_jwt_assemble(const char *signing_input, const unsigned char *signature, size_t signature_len,
                       char **out_jwt, ik_error *error);
int ik_ob3_bake(const unsigned char *image, size_t image_len, const char *credential, unsigned char **out_image,
                size_t *out_len, ik_error *error);
int ik_ob3_extract(const unsigned char *image, size_t image_len, char **out_credential, ik_error *error);
int ik_document_copy(ik_document **out, const ik_document *doc, ik_error *error);
void ik_document_free(ik_document *doc);
int ik_canvas_merge(ik_document **out, const ik_document *base, const ik_document *ours, const ik_document *theirs,
                    const ik_report_options *ropts, char **out_report, ik_error *error);
int ik_journey_merge(ik_document **out, const ik_document *base, const ik_document *ours, const ik_document *theirs,
                     const ik_report_options *ropts, char **out_report, ik_error *error);
int ik_document_compare(const ik_document *from, const ik_document *to, const ik_report_options *ropts,
                        char **out_report, ik_error *error);
int ik_actiescan_compare(const ik_document *scan, const char *from_label, const char *to_label,
                         const ik_report_options *ropts, char **out_report, ik_error *error);
int ik_changelog_assurance(const ik_document *log, const ik_report_options *ropts, const char *settings_json,
                           size_t settings_len, char **out_json, ik_error *error);
int ik_changelog_sensitivity(const ik_document *log, const char *parameter, const double *values, size_t count,
                             const char *outcome_id, const ik_report_options *ropts, char **out_json,
                             ik_error *error);
int ik_document_analytics_rows(const ik_document *doc, const char *table, const char *settings_json,
                               size_t settings_len, char **out_ndjson, ik_error *error);
int ik_analytics_schema(char **out_json, ik_error *error);
typedef struct ik_canvas ik_canvas;
int ik_template_builtin(char **out_json, const char *template_id, ik_error *error);
int ik_questions(const char *variant, const char *purpose, char **out_json, ik_error *error);
int ik_canvas_new(ik_canvas **out, const char *title, const char *template_json, size_t template_len,
                  const ik_options *opts, ik_error *error);
int ik_canvas_from_document(ik_canvas **out, const ik_document *doc, ik_error *error);
int ik_canvas_to_document(ik_document **out, const ik_canvas *canvas, ik_error *error);
int ik_canvas_revision(const ik_canvas *canvas, char **out_revision, ik_error *error);
int ik_canvas_place(ik_canvas *canvas, const char *card_id, const char *domain_id, const char *field,
                    const char *note, char **out_placement_id, ik_error *error);
int ik_canvas_place_text(ik_canvas *canvas, const char *text, const char *domain_id, const char *field,
                         const char *note, char **out_placement_id, ik_error *error);
int ik_canvas_unplace(ik_canvas *canvas, const char *placement_id, ik_error *error);
int ik_canvas_move(ik_canvas *canvas, const char *placement_id, const char *domain_id, const char *field,
                   ik_error *error);
int ik_canvas_placements(const ik_canvas *canvas, char **out_json, ik_error *error);
int ik_canvas_add_card(ik_canvas *canvas, const char *card_id, const char *kind, const char *text, ik_error *error);
int ik_canvas_cards(const ik_canvas *canvas, char **out_json, ik_error *error);
int ik_canvas_answer(ik_canvas *canvas, const char *question_id, const char *answer, const char *by, ik_error *error);
int ik_canvas_unanswer(ik_canvas *canvas, const char *question_id, const char *by, ik_error *error);
int ik_canvas_use(ik_canvas *canvas, const char *variant, const char *purpose, ik_error *error);
int ik_canvas_select_domains(ik_canvas *canvas, const char *domains, ik_error *error);
int ik_canvas_apply(ik_canvas *canvas, const char *ops_json, size_t ops_len, const char *base_revision,
                    char **out_undo, ik_error *error);
int ik_canvas_set_effect(ik_canvas *canvas, const char *placement_id, const char *effect_json, size_t len,
                         ik_error *error);
int ik_canvas_set_interaction(ik_canvas *canvas, const char *placement_id, const char *interaction_json,
                              size_t len, ik_error *error);
int ik_canvas_add_chain(ik_canvas *canvas, const char *chain_json, size_t len, char **out_chain_id, ik_error *error);
int ik_canvas_remove_chain(ik_canvas *canvas, const char *chain_id, ik_error *error);
void ik_canvas_free(ik_canvas *canvas);
typedef struct ik_journey ik_journey;
int ik_journey_new(ik_journey **out, const char *id, const char *title, const ik_options *opts, ik_error *error);
int ik_journey_from_document(ik_journey **out, const ik_document *doc, ik_error *error);
int ik_journey_to_document(ik_document **out, const ik_journey *journey, ik_error *error);
int ik_journey_add_moment(ik_journey *journey, const ik_document *canvas, ik_error *error);
int ik_journey_add_outcome(ik_journey *journey, const char *outcome_id, const char *title, const char *category,
                           ik_error *error);
int ik_journey_link_evidence(ik_journey *journey, const char *outcome_id, const char *moment_label,
                             const char *placement_id, const char *question_id, const char *justification,
                             ik_error *error);
int ik_journey_compare(const ik_journey *journey, const char *from_label, const char *to_label,
                       const ik_report_options *ropts, char **out_report, ik_error *error);
int ik_journey_revision(const ik_journey *journey, char **out_revision, ik_error *error);
int ik_journey_apply(ik_journey *journey, const char *ops_json, size_t ops_len, const char *base_revision,
                     char **out_undo, ik_error *error);
void ik_journey_free(ik_journey *journey);
typedef struct ik_cohort ik_cohort;
typedef struct ik_cohort_thresholds {
    unsigned int version;
    int max_empty_domains;
    int min_result_cards;
    int results_expected_from_moment;
    int min_cards_added;
} ik_cohort_thresholds;
int ik_cohort_thresholds_init(ik_cohort_thresholds *thresholds, unsigned int version);
int ik_cohort_new(ik_cohort **out, const ik_cohort_thresholds *thresholds, const ik_options *opts, ik_error *error);
int ik_cohort_add_json(ik_cohort *cohort, const char *source, const char *json, size_t len, ik_error *error);
int ik_cohort_add_directory(ik_cohort *cohort, const char *path, size_t *out_added, char **out_skipped,
                            ik_error *error);
typedef void (*ik_progress_fn)(void *context, size_t done, size_t total);
int ik_cohort_add_directory_jobs(ik_cohort *cohort, const char *path, unsigned int jobs, ik_progress_fn progress,
                                 void *context, size_t *out_added, char **out_skipped, ik_error *error);
int ik_cohort_use_cache(ik_cohort *cohort, const char *cache_json, size_t len, ik_error *error);
int ik_cohort_set_cache_key(ik_cohort *cohort, const void *key, size_t key_len, ik_error *error);
int ik_cohort_cache_json(const ik_cohort *cohort, char **out_json, ik_error *error);
int ik_cohort_evaluate(const ik_cohort *cohort, const ik_report_options *ropts, char **out_report, ik_error *error);
int ik_cohort_report_text(const ik_cohort *cohort, const ik_report_options *ropts, char **out_text, ik_error *error);
int ik_cohort_render_svg(const ik_cohort *cohort, const ik_report_options *ropts, char **out_svg, ik_error *error);
int ik_cohort_to_csv(const ik_cohort *cohort, const ik_report_options *ropts, char **out_csv, ik_error *error);
void ik_cohort_free(ik_cohort *cohort);
