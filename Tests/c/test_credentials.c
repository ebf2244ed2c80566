/*
 * Verifiable credentials through the C ABI (since 1.3): a student's credentials from a journey with authors, the
 * VC-JWT signing input and its assembly from a host's signature, a credential baked into a PNG and read back.
 * The real signatures and their independent verification are in Tests/credentials (openbadgeslib).
 * Usage: test_credentials DATA_DIR (Tests/data/credentials).
 */
#include <impactkit.h>
#include <jansson.h>

#include "check.h"

static const char *settings_of(const char *member) {
    static char buffer[1024];
    snprintf(buffer, sizeof buffer,
             "{\"issuer\": {\"id\": \"did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK\", \"name\": \"Hogeschool\"},"
             " \"recipient\": {\"identity\": \"a@example.com\", \"type\": \"emailAddress\", \"salt\": \"Kosher\"},"
             " \"issued_at\": \"2026-12-06T12:00:00Z\"%s%s%s}",
             member ? ", \"member\": \"" : "", member ? member : "", member ? "\"" : "");
    return buffer;
}

/* s1 laid p14 and gave the accountability answer (lu-impact), s2 laid p16 and s3 p10 (lu-samenwerken); the week 5
 * canvas as a whole is the team's (lu-reflectie). So s1 gets lu-impact only; lu-samenwerken is withheld (two pieces
 * of teammates) and so is lu-reflectie (one of the team, none of her own). Einde semester is 2027-01-22, after the
 * issue time: validFrom is the issue time. */
static void test_per_student(ik_document *journey) {
    ik_error err;
    char *out = NULL;
    const char *settings = settings_of("s1");
    CHECK(ik_journey_credentials(journey, NULL, settings, strlen(settings), &out, &err) == IK_OK);
    json_t *export = json_loads(out, 0, NULL);
    CHECK(strcmp(json_string_value(json_object_get(export, "schema")), "impactkit/ob3-export/1") == 0);
    json_t *credentials = json_object_get(export, "credentials");
    CHECK(json_array_size(credentials) == 1);
    json_t *credential = json_array_get(credentials, 0);
    CHECK(strcmp(json_string_value(json_object_get(credential, "name")), "Impact maken en verantwoorden") == 0);
    CHECK(strcmp(json_string_value(json_object_get(credential, "validFrom")), "2026-12-06T12:00:00Z") == 0);
    CHECK(json_array_size(json_object_get(credential, "evidence")) == 2);
    json_t *withheld = json_object_get(export, "withheld");
    CHECK(json_array_size(withheld) == 2);
    CHECK(strcmp(json_string_value(json_object_get(json_array_get(withheld, 0), "outcome")), "lu-samenwerken") == 0);
    CHECK(json_integer_value(json_object_get(json_array_get(withheld, 0), "others")) == 2);
    CHECK(json_integer_value(json_object_get(json_array_get(withheld, 1), "team")) == 1);
    CHECK(!strstr(out, "a@example.com") && !strstr(out, "impactkit:"));
    json_decref(export);
    ik_free(out);

    /* Refusals: a member not in the team, no issue time, the 1.0 function given a member, a canvas. */
    out = (char *)0x1;
    settings = settings_of("s9");
    CHECK(ik_journey_credentials(journey, NULL, settings, strlen(settings), &out, &err) == IK_ENOTFOUND && out == NULL);
    CHECK(strcmp(err.path, "/member") == 0);
    const char *undated = "{\"issuer\": {\"id\": \"https://x.org\", \"name\": \"X\"},"
                          " \"recipient\": {\"identity\": \"a\", \"type\": \"name\", \"salt\": \"s\"}}";
    CHECK(ik_journey_credentials(journey, NULL, undated, strlen(undated), &out, &err) == IK_EINVAL);
    CHECK(strcmp(err.path, "/issued_at") == 0);
    settings = settings_of("s1");
    CHECK(ik_document_to_ob3(journey, NULL, settings, strlen(settings), &out, &err) == IK_EINVAL);
    CHECK(strcmp(err.path, "/member") == 0);
    const char *bad_time = "{\"issuer\": {\"id\": \"https://x.org\", \"name\": \"X\"},"
                           " \"recipient\": {\"identity\": \"a\", \"type\": \"name\", \"salt\": \"s\"},"
                           " \"issued_at\": \"2026-12-06T25:61:61Z\"}";
    CHECK(ik_journey_credentials(journey, NULL, bad_time, strlen(bad_time), &out, &err) == IK_ERANGE);
    CHECK(strcmp(err.path, "/issued_at") == 0);
    CHECK(ik_journey_credentials(NULL, NULL, settings, strlen(settings), &out, &err) == IK_EINVAL);
    CHECK(ik_journey_credentials(journey, NULL, settings, strlen(settings), NULL, &err) == IK_EINVAL);
}

static void test_jwt(ik_document *journey) {
    ik_error err;
    char *out = NULL;
    const char *settings = settings_of("s1");
    CHECK(ik_journey_credentials(journey, NULL, settings, strlen(settings), &out, &err) == IK_OK);
    json_t *export = json_loads(out, 0, NULL);
    ik_free(out);
    char *credential = json_dumps(json_array_get(json_object_get(export, "credentials"), 0), JSON_COMPACT);
    json_decref(export);
    const char *kid = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";
    char *input = NULL;
    CHECK(ik_vc_jwt_signing_input(credential, strlen(credential), "EdDSA", kid, &input, &err) == IK_OK);
    /* {"alg":"EdDSA","kid":"did:key:…","typ":"JWT"} in base64url, then the payload. */
    CHECK(input && strncmp(input, "eyJhbGciOiJFZERTQSIsImtpZCI6ImRpZDprZXk6", 40) == 0 && strchr(input, '.'));
    unsigned char signature[64];
    memset(signature, 0xAB, sizeof signature);
    char *jwt = NULL;
    CHECK(ik_vc_jwt_assemble(input, signature, sizeof signature, &jwt, &err) == IK_OK);
    /* 64 bytes of 0xAB: "q6ur" repeated, 86 characters without padding. */
    CHECK(jwt && strncmp(jwt, input, strlen(input)) == 0 && strlen(jwt) == strlen(input) + 1 + 86);
    CHECK(strncmp(jwt + strlen(input), ".q6urq6ur", 9) == 0);
    ik_free(jwt);
    jwt = (char *)0x1;
    CHECK(ik_vc_jwt_assemble(input, signature, 63, &jwt, &err) == IK_EINVAL && jwt == NULL);
    CHECK(strcmp(err.path, "/signature") == 0);
    CHECK(ik_vc_jwt_assemble(input, NULL, 64, &jwt, &err) == IK_EINVAL);
    CHECK(ik_vc_jwt_assemble("e30.e30", signature, 64, &jwt, &err) == IK_EINVAL);
    ik_free(input);
    CHECK(ik_vc_jwt_signing_input(credential, strlen(credential), "none", kid, &input, &err) == IK_EINVAL && !input);
    CHECK(strcmp(err.path, "/alg") == 0);
    CHECK(ik_vc_jwt_signing_input(credential, strlen(credential), "EdDSA", NULL, &input, &err) == IK_EINVAL);
    CHECK(ik_vc_jwt_signing_input("{\"type\": [\"Thing\"]}", 19, "EdDSA", kid, &input, &err) == IK_EINVAL);
    CHECK(ik_vc_jwt_signing_input("{\"type\": ", 9, "EdDSA", kid, &input, &err) == IK_EJSON);
    /* The learner record holding the credential (as an object) and a JWT (as an EnvelopedVerifiableCredential). */
    char members[16384];
    snprintf(members, sizeof members, "[%s, \"eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6a2V5In0.c2lnbmF0dXJl\"]", credential);
    char *record = NULL;
    CHECK(ik_journey_learner_record(journey, NULL, settings, strlen(settings), members, strlen(members), &record, &err) == IK_OK);
    json_t *clr = json_loads(record, 0, NULL);
    json_t *held = json_object_get(json_object_get(clr, "credentialSubject"), "verifiableCredential");
    CHECK(json_array_size(held) == 2);
    CHECK(strcmp(json_string_value(json_object_get(json_array_get(held, 1), "type")), "EnvelopedVerifiableCredential") == 0);
    CHECK(strcmp(json_string_value(json_array_get(json_object_get(clr, "type"), 1)), "ClrCredential") == 0);
    json_decref(clr);
    ik_free(record);
    record = (char *)0x1;
    CHECK(ik_journey_learner_record(journey, NULL, settings, strlen(settings), "[]", 2, &record, &err) == IK_EINVAL && !record);
    CHECK(strcmp(err.path, "/credentials") == 0);
    CHECK(ik_journey_learner_record(journey, NULL, settings, strlen(settings), "{}", 2, &record, &err) == IK_EINVAL);
    free(credential);
}

/* A 1×1 PNG (70 bytes). */
static const unsigned char pixel[] = {
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
    0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00,
    0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0xDA, 0x63, 0x64, 0x60, 0xF8, 0x5F, 0x0F, 0x00, 0x02, 0x87, 0x01, 0x80,
    0xEB, 0x47, 0xBA, 0x92, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};

static void test_baking(void) {
    ik_error err;
    const char *jwt = "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6a2V5In0.c2lnbmF0dXJl";
    unsigned char *baked = NULL;
    size_t len = 0;
    CHECK(ik_ob3_bake(pixel, sizeof pixel, jwt, &baked, &len, &err) == IK_OK);
    /* One iTXt chunk more: 12 bytes of frame, "openbadgecredential" and five bytes of flags, then the JWT. */
    CHECK(len == sizeof pixel + 12 + 19 + 5 + strlen(jwt));
    CHECK(memcmp(baked + len - 12, pixel + sizeof pixel - 12, 12) == 0);
    char *back = NULL;
    CHECK(ik_ob3_extract(baked, len, &back, &err) == IK_OK && back && strcmp(back, jwt) == 0);
    ik_free(back);
    unsigned char *twice = (unsigned char *)0x1;
    CHECK(ik_ob3_bake(baked, len, jwt, &twice, &len, &err) == IK_EINVAL && twice == NULL);
    ik_free(baked);
    back = (char *)0x1;
    CHECK(ik_ob3_extract(pixel, sizeof pixel, &back, &err) == IK_ENOTFOUND && back == NULL);
    const char *svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"><rect/></svg>";
    CHECK(ik_ob3_bake((const unsigned char *)svg, strlen(svg), jwt, &baked, &len, &err) == IK_OK);
    CHECK(strstr((char *)baked, "<openbadges:credential verify=\"eyJhbGciOiJFZERTQSJ9.") != NULL);
    CHECK(ik_ob3_extract(baked, len, &back, &err) == IK_OK && strcmp(back, jwt) == 0);
    ik_free(back);
    ik_free(baked);
    CHECK(ik_ob3_bake(pixel, sizeof pixel, "not a credential", &baked, &len, &err) == IK_EINVAL);
    CHECK(ik_ob3_bake(NULL, 0, jwt, &baked, &len, &err) == IK_EINVAL);
    CHECK(ik_ob3_bake(pixel, sizeof pixel, jwt, &baked, NULL, &err) == IK_EINVAL);
    unsigned char damaged[sizeof pixel];
    memcpy(damaged, pixel, sizeof pixel);
    damaged[45] ^= 1;
    CHECK(ik_ob3_bake(damaged, sizeof damaged, jwt, &baked, &len, &err) == IK_EINVAL && strstr(err.message, "CRC"));
}

int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : "Tests/data/credentials";
    size_t len = 0;
    char *text = read_file(dir, "journey-with-authors.json", &len);
    CHECK(text != NULL);
    ik_document *journey = NULL;
    ik_error err;
    CHECK(ik_document_from_json(&journey, text, len, NULL, &err) == IK_OK);
    free(text);
    test_per_student(journey);
    test_jwt(journey);
    test_baking();
    ik_document_free(journey);
    printf("credentials: %d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
