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
int ik_document_to_json(const ik_document *doc, char **out_json, ik_error *error);
int ik_document_to_jansson(const ik_document *doc, struct json_t **out_json, ik_error *error);
int ik_document_evaluate(const ik_document *doc, const ik_report_options *ropts, char **out_report, ik_error *error);
int ik_document_report_text(const ik_document *doc, const ik_report_options *ropts, char **out_text, ik_error *error);
int ik_document_render_svg(const ik_document *doc, const ik_report_options *ropts, char **out_svg, ik_error *error);
int ik_document_to_csv(const ik_document *doc, const ik_report_options *ropts, char **out_csv, ik_error *error);
int ik_document_to_xapi(const ik_document *doc, const ik_report_options *ropts, char **out_json, ik_error *error);
void ik_document_free(ik_document *doc);
int ik_template_builtin(char **out_json, const char *template_id, ik_error *error);
typedef struct ik_canvas ik_canvas;
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
int ik_canvas_unanswer(ik_canvas *canvas, const char *question_id, const char *by, ik_error *error);
int ik_canvas_use(ik_canvas *canvas, const char *variant, const char *purpose, ik_error *error);
int ik_canvas_select_domains(ik_canvas *canvas, const char *domains, ik_error *error);
int ik_canvas_from_document(ik_canvas **out, const ik_document *doc, ik_error *error);
int ik_canvas_to_document(ik_document **out, const ik_canvas *canvas, ik_error *error);
int ik_canvas_compare(const ik_canvas *from, const ik_canvas *to, const ik_options *opts, char **out_report,
                      ik_error *error);
int ik_canvas_set_effect(ik_canvas *canvas, const char *placement_id, const char *effect_json, size_t len,
                         ik_error *error);
int ik_canvas_set_interaction(ik_canvas *canvas, const char *placement_id, const char *interaction_json,
                              size_t len, ik_error *error);
int ik_canvas_add_chain(ik_canvas *canvas, const char *chain_json, size_t len, char **out_chain_id,
                        ik_error *error);
int ik_canvas_remove_chain(ik_canvas *canvas, const char *chain_id, ik_error *error);
int ik_questions(const char *variant, const char *purpose, char **out_json, ik_error *error);
typedef struct ik_journey ik_journey;
int ik_journey_new(ik_journey **out, const char *id, const char *title, const ik_options *opts, ik_error *error);
int ik_journey_from_json(ik_journey **out, const char *json, size_t len, const ik_options *opts, ik_error *error);
int ik_journey_from_jansson(ik_journey **out, const struct json_t *json, const ik_options *opts,
                            ik_error *error);
int ik_journey_to_json(const ik_journey *journey, char **out_json, ik_error *error);
int ik_journey_to_jansson(const ik_journey *journey, struct json_t **out_json, ik_error *error);
int ik_journey_add_moment(ik_journey *journey, const ik_canvas *canvas, ik_error *error);
int ik_journey_add_outcome(ik_journey *journey, const char *outcome_id, const char *title, const char *category,
                           ik_error *error);
int ik_journey_link_evidence(ik_journey *journey, const char *outcome_id, const char *moment_label,
                             const char *placement_id, const char *question_id, const char *justification,
                             ik_error *error);
int ik_journey_compare(const ik_journey *journey, const char *from_label, const char *to_label,
                       const ik_options *opts, char **out_report, ik_error *error);
int ik_journey_evaluate(const ik_journey *journey, const ik_options *opts, char **out_report, ik_error *error);
int ik_journey_report_text(const ik_journey *journey, const ik_options *opts, char **out_text, ik_error *error);
void ik_journey_free(ik_journey *journey);
int ik_journey_from_document(ik_journey **out, const ik_document *doc, ik_error *error);
int ik_journey_to_document(ik_document **out, const ik_journey *journey, ik_error *error);
typedef struct ik_cohort ik_cohort;
typedef struct ik_cohort_thresholds {
    unsigned int version;
    int max_empty_domains;
    int min_result_cards;
    int results_expected_from_moment;
    int min_cards_added;
} ik_cohort_thresholds;
int ik_cohort_thresholds_init(ik_cohort_thresholds *thresholds, unsigned int version);
int ik_cohort_new(ik_cohort **out, const ik_cohort_thresholds *thresholds, const ik_options *opts,
                  ik_error *error);
int ik_cohort_add_json(ik_cohort *cohort, const char *source, const char *json, size_t len, ik_error *error);
int ik_cohort_evaluate(const ik_cohort *cohort, const ik_options *opts, char **out_report, ik_error *error);
int ik_cohort_report_text(const ik_cohort *cohort, const ik_options *opts, char **out_text, ik_error *error);
void ik_cohort_free(ik_cohort *cohort);
typedef struct ik_changelog ik_changelog;
int ik_changelog_from_json(ik_changelog **out, const char *json, size_t len, const ik_options *opts,
                           ik_error *error);
int ik_changelog_from_jansson(ik_changelog **out, const struct json_t *json, const ik_options *opts,
                              ik_error *error);
int ik_changelog_to_json(const ik_changelog *log, char **out_json, ik_error *error);
int ik_changelog_to_jansson(const ik_changelog *log, struct json_t **out_json, ik_error *error);
int ik_changelog_evaluate(const ik_changelog *log, const char *dimensions, const ik_options *opts,
                          char **out_report, ik_error *error);
int ik_changelog_report_text(const ik_changelog *log, const char *dimensions, const ik_options *opts,
                             char **out_text, ik_error *error);
int ik_changelog_sensitivity(const ik_changelog *log, const char *parameter, const double *values, size_t count,
                             const char *outcome_id, char **out_json, ik_error *error);
void ik_changelog_free(ik_changelog *log);
typedef struct ik_kirkpatrick ik_kirkpatrick;
int ik_kirkpatrick_from_json(ik_kirkpatrick **out, const char *json, size_t len, const ik_options *opts, ik_error *error);
int ik_kirkpatrick_from_jansson(ik_kirkpatrick **out, const struct json_t *json, const ik_options *opts, ik_error *error);
int ik_kirkpatrick_template(ik_kirkpatrick **out, const ik_options *opts, ik_error *error);
int ik_kirkpatrick_to_json(const ik_kirkpatrick *plan, char **out_json, ik_error *error);
int ik_kirkpatrick_to_jansson(const ik_kirkpatrick *plan, struct json_t **out_json, ik_error *error);
int ik_kirkpatrick_evaluate(const ik_kirkpatrick *plan, const char *as_of, const ik_options *opts, char **out_report, ik_error *error);
int ik_kirkpatrick_report_text(const ik_kirkpatrick *plan, const char *as_of, const ik_options *opts, char **out_text, ik_error *error);
void ik_kirkpatrick_free(ik_kirkpatrick *plan);
typedef struct ik_actiescan ik_actiescan;
int ik_actiescan_from_json(ik_actiescan **out, const char *json, size_t len, const ik_options *opts, ik_error *error);
int ik_actiescan_from_jansson(ik_actiescan **out, const struct json_t *json, const ik_options *opts, ik_error *error);
int ik_actiescan_template(ik_actiescan **out, const ik_options *opts, ik_error *error);
int ik_actiescan_to_json(const ik_actiescan *scan, char **out_json, ik_error *error);
int ik_actiescan_to_jansson(const ik_actiescan *scan, struct json_t **out_json, ik_error *error);
int ik_actiescan_evaluate(const ik_actiescan *scan, const ik_options *opts, char **out_report, ik_error *error);
int ik_actiescan_report_text(const ik_actiescan *scan, const ik_options *opts, char **out_text, ik_error *error);
int ik_actiescan_compare(const ik_actiescan *scan, const char *from_label, const char *to_label,
                         const ik_options *opts, char **out_json, ik_error *error);
void ik_actiescan_free(ik_actiescan *scan);
typedef struct ik_fasemodel ik_fasemodel;
int ik_fasemodel_from_json(ik_fasemodel **out, const char *json, size_t len, const ik_options *opts, ik_error *error);
int ik_fasemodel_from_jansson(ik_fasemodel **out, const struct json_t *json, const ik_options *opts, ik_error *error);
int ik_fasemodel_template(ik_fasemodel **out, const ik_options *opts, ik_error *error);
int ik_fasemodel_to_json(const ik_fasemodel *model, char **out_json, ik_error *error);
int ik_fasemodel_to_jansson(const ik_fasemodel *model, struct json_t **out_json, ik_error *error);
int ik_fasemodel_evaluate(const ik_fasemodel *model, const ik_options *opts, char **out_report, ik_error *error);
int ik_fasemodel_report_text(const ik_fasemodel *model, const ik_options *opts, char **out_text, ik_error *error);
void ik_fasemodel_free(ik_fasemodel *model);
typedef struct ik_lin ik_lin;
int ik_lin_from_json(ik_lin **out, const char *json, size_t len, const ik_options *opts, ik_error *error);
int ik_lin_from_jansson(ik_lin **out, const struct json_t *json, const ik_options *opts, ik_error *error);
int ik_lin_template(ik_lin **out, const ik_options *opts, ik_error *error);
int ik_lin_to_json(const ik_lin *plan, char **out_json, ik_error *error);
int ik_lin_to_jansson(const ik_lin *plan, struct json_t **out_json, ik_error *error);
int ik_lin_evaluate(const ik_lin *plan, const ik_options *opts, char **out_report, ik_error *error);
int ik_lin_report_text(const ik_lin *plan, const ik_options *opts, char **out_text, ik_error *error);
void ik_lin_free(ik_lin *plan);
typedef struct ik_factsheet ik_factsheet;
int ik_factsheet_from_json(ik_factsheet **out, const char *json, size_t len, const ik_options *opts, ik_error *error);
int ik_factsheet_from_jansson(ik_factsheet **out, const struct json_t *json, const ik_options *opts, ik_error *error);
int ik_factsheet_template(ik_factsheet **out, const ik_options *opts, ik_error *error);
int ik_factsheet_to_json(const ik_factsheet *sheet, char **out_json, ik_error *error);
int ik_factsheet_to_jansson(const ik_factsheet *sheet, struct json_t **out_json, ik_error *error);
int ik_factsheet_evaluate(const ik_factsheet *sheet, const ik_options *opts, char **out_report, ik_error *error);
int ik_factsheet_report_text(const ik_factsheet *sheet, const ik_options *opts, char **out_text, ik_error *error);
void ik_factsheet_free(ik_factsheet *sheet);
typedef struct ik_iwp ik_iwp;
int ik_iwp_from_json(ik_iwp **out, const char *json, size_t len, const ik_options *opts, ik_error *error);
int ik_iwp_from_jansson(ik_iwp **out, const struct json_t *json, const ik_options *opts, ik_error *error);
int ik_iwp_template(ik_iwp **out, const ik_options *opts, ik_error *error);
int ik_iwp_to_json(const ik_iwp *model, char **out_json, ik_error *error);
int ik_iwp_to_jansson(const ik_iwp *model, struct json_t **out_json, ik_error *error);
int ik_iwp_evaluate(const ik_iwp *model, const ik_options *opts, char **out_report, ik_error *error);
int ik_iwp_report_text(const ik_iwp *model, const ik_options *opts, char **out_text, ik_error *error);
void ik_iwp_free(ik_iwp *model);
int ik_canvas_render_svg(const ik_canvas *canvas, const ik_options *opts, char **out_svg, ik_error *error);
int ik_journey_render_svg(const ik_journey *journey, const ik_options *opts, char **out_svg, ik_error *error);
int ik_cohort_render_svg(const ik_cohort *cohort, const ik_options *opts, char **out_svg, ik_error *error);
int ik_actiescan_render_svg(const ik_actiescan *scan, const ik_options *opts, char **out_svg, ik_error *error);
int ik_changelog_render_svg(const ik_changelog *log, const ik_options *opts, char **out_svg, ik_error *error);
int ik_canvas_to_xapi(const ik_canvas *canvas, const char *settings, size_t settings_len, const ik_options *opts,
                      char **out_json, ik_error *error);
int ik_journey_to_xapi(const ik_journey *journey, const char *settings, size_t settings_len, const ik_options *opts,
                       char **out_json, ik_error *error);
int ik_canvas_to_csv(const ik_canvas *canvas, const ik_options *opts, char **out_csv, ik_error *error);
int ik_cohort_to_csv(const ik_cohort *cohort, const ik_options *opts, char **out_csv, ik_error *error);
int ik_changelog_to_csv(const ik_changelog *log, char **out_csv, ik_error *error);
