/* Instructions per edit under callgrind (bench/edit-instructions.sh): N set-effect calls, or N place operations
 * through ik_canvas_apply, on a canvas of 1 000 result placements, against the peer a host would have without
 * ImpactKit: jansson parsing the same bytes and setting them on a placement object of its own.
 * Usage: edit_instructions N effect|apply|peer-effect|peer-apply */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "impactkit.h"

static const char *effect = "{\"intended\": true, \"valued_by\": [\"target-group\"], \"spheres\": [\"practice\"]}";
static const char *operation = "[{\"op\": \"place\", \"card\": \"act.survey\", \"domain\": \"knowledge\", "
                               "\"field\": \"activity\", \"note\": \"een notitie\"}]";

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: edit_instructions N effect|apply|peer-effect|peer-apply\n"); return 2; }
    int n = atoi(argv[1]);
    const char *kind = argv[2];
    ik_error error;
    if (strncmp(kind, "peer-", 5) == 0) {
        json_t *placements = json_array();
        for (int i = 0; i < 1000; i++) json_array_append_new(placements, json_pack("{s:s}", "card", "res.report"));
        for (int k = 0; k < n; k++) {
            const char *bytes = strcmp(kind, "peer-effect") == 0 ? effect : operation;
            json_t *value = json_loadb(bytes, strlen(bytes), JSON_REJECT_DUPLICATES, NULL);
            if (!value) return 3;
            if (strcmp(kind, "peer-effect") == 0) {
                json_object_set_new(json_array_get(placements, (size_t)(k % 1000)), "effect", value);
            } else {
                json_array_append(placements, json_array_get(value, 0));
                json_decref(value);
            }
        }
        json_decref(placements);
        return 0;
    }
    ik_canvas *canvas = NULL;
    if (ik_canvas_new(&canvas, "bench", NULL, 0, NULL, &error) != IK_OK) return 3;
    static char *ids[1000];
    for (int i = 0; i < 1000; i++) {
        if (ik_canvas_place(canvas, "res.report", "partners", "result", NULL, &ids[i], &error) != IK_OK) return 3;
    }
    for (int k = 0; k < n; k++) {
        int status = strcmp(kind, "effect") == 0
                         ? ik_canvas_set_effect(canvas, ids[k % 1000], effect, strlen(effect), &error)
                         : ik_canvas_apply(canvas, operation, strlen(operation), NULL, NULL, &error);
        if (status != IK_OK) { fprintf(stderr, "%s\n", error.message); return 4; }
    }
    for (int i = 0; i < 1000; i++) ik_free(ids[i]);
    ik_canvas_free(canvas);
    return 0;
}
