/*
 * ik_canvas_to_xapi / ik_journey_to_xapi through the installed library: the statements' shape, the settings'
 * errors with their pointers, and that nothing is handed out on error. (Tests/xapi posts them to a real LRS.)
 * Usage: test_xapi EXAMPLES_DIR.
 */
#include <impactkit.h>
#include <jansson.h>

#include "check.h"
#include "documents.h"

int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : "examples/data";
    ik_error err;
    size_t len = 0;
    char *text = read_file(dir, "pzw-bottendaal.journey.json", &len);
    CHECK(text != NULL);
    ik_journey *journey = NULL;
    CHECK(journey_from_json(&journey, text, len, NULL, &err) == IK_OK);
    const char *settings =
        "{\"homepage\": \"https://lms.example.org\", \"actor\": \"members\", \"pseudonym_salt\": \"impactkit-test-salt-0001\"}";
    char *out = NULL;
    CHECK(journey_to_xapi(journey, settings, strlen(settings), NULL, &out, &err) == IK_OK);
    json_t *statements = json_loads(out, 0, NULL);
    CHECK(json_is_array(statements) && json_array_size(statements) > 2);
    json_t *first = json_array_get(statements, 0);
    CHECK(strcmp(json_string_value(json_object_get(json_object_get(first, "actor"), "objectType")), "Agent") == 0);
    CHECK(strcmp(json_string_value(json_object_get(json_object_get(json_object_get(first, "context"), "team"), "objectType")), "Group") == 0);
    CHECK(strlen(json_string_value(json_object_get(first, "id"))) == 36);
    CHECK(contains(json_string_value(json_object_get(json_object_get(first, "verb"), "id")), "/verbs/mapped-impact"));
    /* Private by default: the actor is a pseudonym (HMAC-SHA-256 of the name, worked with Python's hmac), no name. */
    json_t *actor = json_object_get(first, "actor");
    CHECK(strcmp(json_string_value(json_object_get(json_object_get(actor, "account"), "name")),
                 "ik-be15b622b34d5bb3f75636dcfee903dc") == 0);
    CHECK(json_object_get(actor, "name") == NULL);
    CHECK(!contains(out, "Sanne de Vries") && !contains(out, "impactkit-test-salt-0001"));
    json_decref(statements);

    /* The same export twice gives the same text (content-derived ids). */
    char *again = NULL;
    CHECK(journey_to_xapi(journey, settings, strlen(settings), NULL, &again, &err) == IK_OK);
    CHECK(out && again && strcmp(out, again) == 0);
    ik_free(again);
    ik_free(out);

    const char *bad[][2] = {
        {"{\"homepage\": \"javascript:alert(1)\"}", "/homepage"},
        {"{\"homepage\": \"https://lms.example.org\", \"actor\": \"crowd\"}", "/actor"},
        {"{\"homepage\": \"https://lms.example.org\", \"attachment\": \"yes\"}", "/attachment"},
        {"{\"homepage\": \"https://lms.example.org\", \"homepage2\": 1}", "/homepage2"},
        {"{\"homepage\": \"https://moodle:geheim@lms.example.org\"}", "/homepage"},
        {"{\"actor\": \"group\"}", "/homepage"},
        {"{\"homepage\": \"https://lms.example.org\"}", "/pseudonym_salt"},
        {"{\"homepage\": \"https://lms.example.org\", \"pseudonym_salt\": \"short\"}", "/pseudonym_salt"},
        {"{\"homepage\": \"https://lms.example.org\", \"names\": \"first\"}", "/names"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        out = (char *)0x1;
        int status = journey_to_xapi(journey, bad[i][0], strlen(bad[i][0]), NULL, &out, &err);
        CHECK(status == IK_EINVAL || status == IK_ESCHEMA);
        CHECK(out == NULL && strcmp(err.path, bad[i][1]) == 0);
    }
    /* Documented codes: credentials in the homepage and a missing homepage are IK_EINVAL, never copied or guessed. */
    CHECK(journey_to_xapi(journey, "{\"homepage\": \"https://a:b@x.org\"}", 33, NULL, &out, &err) == IK_EINVAL);
    CHECK(strstr(err.message, "carries credentials") != NULL && strstr(err.message, "a:b") == NULL);
    CHECK(journey_to_xapi(journey, "{}", 2, NULL, &out, &err) == IK_EINVAL && out == NULL);
    CHECK(journey_to_xapi(journey, "{\"homepage\": ", 13, NULL, &out, &err) == IK_EJSON);
    CHECK(journey_to_xapi(journey, NULL, 0, NULL, &out, &err) == IK_EINVAL);
    CHECK(journey_to_xapi(journey, settings, strlen(settings), NULL, NULL, &err) == IK_EINVAL);
    CHECK(canvas_to_xapi((const ik_canvas *)journey, settings, strlen(settings), NULL, &out, &err) == IK_EHANDLE);
    /* The journey's progress picture and the change log's IDG bars through the same ABI shape. */
    char *progress = NULL;
    CHECK(journey_verb(journey, ik_document_render_svg, NULL, &progress, &err) == IK_OK);
    CHECK(progress && contains(progress, "Cards per domain and moment") && contains(progress, "</svg>"));
    ik_free(progress);
    CHECK(journey_verb(journey, ik_document_render_svg, NULL, NULL, &err) == IK_EINVAL);
    CHECK(ik_cohort_render_svg((const ik_cohort *)journey, NULL, &progress, &err) == IK_EHANDLE);
    ik_journey_free(journey);
    free(text);

    /* A canvas with the poster attached: the digest is of ik_canvas_render_svg's bytes. */
    text = read_file(dir, "pzw-bottendaal-end.json", &len);
    ik_canvas *canvas = NULL;
    CHECK(canvas_from_json(&canvas, text, len, NULL, &err) == IK_OK);
    /* Real names only by choice: then the agent carries the name and the account is the name. */
    const char *real = "{\"homepage\": \"https://lms.example.org\", \"names\": \"real\"}";
    CHECK(canvas_to_xapi(canvas, real, strlen(real), NULL, &out, &err) == IK_OK);
    CHECK(contains(out, "\"name\": \"Sanne de Vries\"") || contains(out, "\"name\":\"Sanne de Vries\""));
    ik_free(out);
    const char *attach = "{\"homepage\": \"https://lms.example.org\", \"attachment\": true, \"names\": \"real\"}";
    CHECK(canvas_to_xapi(canvas, attach, strlen(attach), NULL, &out, &err) == IK_OK);
    statements = json_loads(out, 0, NULL);
    json_t *attachment = json_array_get(json_object_get(json_array_get(statements, 0), "attachments"), 0);
    char *svg = NULL;
    CHECK(canvas_verb(canvas, ik_document_render_svg, NULL, &svg, &err) == IK_OK);
    CHECK(svg && (size_t)json_integer_value(json_object_get(attachment, "length")) == strlen(svg));
    CHECK(strlen(json_string_value(json_object_get(attachment, "sha2"))) == 64);
    json_decref(statements);
    ik_free(out);

    /* xAPI 2.0: the coach and the client as context agents with their role, "version" on every statement. */
    const char *v2 = "{\"homepage\": \"https://lms.example.org\", \"version\": \"2.0.0\", \"names\": \"real\"}";
    CHECK(canvas_to_xapi(canvas, v2, strlen(v2), NULL, &out, &err) == IK_OK);
    statements = json_loads(out, 0, NULL);
    json_t *v2first = json_array_get(statements, 0);
    CHECK(strcmp(json_string_value(json_object_get(v2first, "version")), "2.0.0") == 0);
    json_t *agents = json_object_get(json_object_get(v2first, "context"), "contextAgents");
    CHECK(json_array_size(agents) == 2);
    CHECK(strcmp(json_string_value(json_object_get(json_object_get(json_array_get(agents, 0), "agent"), "name")), "Ellen Smit") == 0);
    CHECK(contains(json_string_value(json_array_get(json_object_get(json_array_get(agents, 1), "relevantTypes"), 0)),
                   "/roles/work-field-partner"));
    CHECK(json_array_size(json_object_get(json_object_get(v2first, "actor"), "member")) == 5);
    json_decref(statements);
    ik_free(out);
    const char *v21 = "{\"homepage\": \"https://x.org\", \"version\": \"2.1\"}";
    CHECK(canvas_to_xapi(canvas, v21, strlen(v21), NULL, &out, &err) == IK_EINVAL);
    CHECK(strcmp(err.path, "/version") == 0);

    /* The multipart/mixed body of xAPI 1.0.3 part 3 §1.5.2: statements first, then the poster once, CRLF. */
    ik_document *doc = NULL;
    CHECK(ik_canvas_to_document(&doc, canvas, &err) == IK_OK);
    ik_report_options ropts = IK_REPORT_OPTIONS_INIT;
    ropts.xapi_settings = attach;
    ropts.xapi_settings_len = strlen(attach);
    char *body = NULL, *type = NULL;
    CHECK(ik_document_to_xapi_multipart(doc, &ropts, &body, &type, &err) == IK_OK);
    CHECK(type && strncmp(type, "multipart/mixed; boundary=impactkit-", 36) == 0);
    const char *boundary = type ? strchr(type, '=') + 1 : "";
    char opening[160], poster[160], closing[160];
    snprintf(opening, sizeof opening, "--%s\r\nContent-Type: application/json\r\n\r\n[", boundary);
    snprintf(poster, sizeof poster, "\r\n--%s\r\nContent-Type: image/svg+xml\r\nContent-Transfer-Encoding: binary\r\n", boundary);
    snprintf(closing, sizeof closing, "</svg>\n\r\n--%s--\r\n", boundary);
    CHECK(body && strncmp(body, opening, strlen(opening)) == 0);
    CHECK(body && contains(body, poster) && contains(body, "\r\nX-Experience-API-Hash: "));
    CHECK(body && strlen(body) > strlen(closing) && strcmp(body + strlen(body) - strlen(closing), closing) == 0);
    CHECK(body && svg && contains(body, svg));
    ik_free(body);
    ik_free(type);
    /* Nothing handed out on error: both pointers are NULL. */
    body = (char *)0x1;
    type = (char *)0x1;
    ropts.xapi_settings = "{\"homepage\": \"https://lms.example.org\"}";
    ropts.xapi_settings_len = strlen(ropts.xapi_settings);
    CHECK(ik_document_to_xapi_multipart(doc, &ropts, &body, &type, &err) == IK_EINVAL);
    CHECK(body == NULL && type == NULL && strcmp(err.path, "/pseudonym_salt") == 0);
    CHECK(ik_document_to_xapi_multipart(doc, &ropts, NULL, &type, &err) == IK_EINVAL && strstr(err.message, "out_body"));
    CHECK(ik_document_to_xapi_multipart(doc, &ropts, &body, NULL, &err) == IK_EINVAL && strstr(err.message, "out_content_type"));
    CHECK(ik_document_to_xapi_multipart(NULL, &ropts, &body, &type, &err) == IK_EINVAL);
    ik_document_free(doc);
    ik_free(svg);
    ik_canvas_free(canvas);
    free(text);
    printf("xapi: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
