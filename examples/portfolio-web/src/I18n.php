<?php

declare(strict_types=1);

namespace Portfolio;

/**
 * The page's own words in Dutch and English. The canvas texts (domains, cards, questions, figures, summaries) come
 * from ImpactKit in the chosen language; only the page's buttons and labels are here.
 */
final class I18n
{
    public const LANGUAGES = ['nl', 'en'];

    private const TEXT = [
        'app' => ['nl' => 'Impact in Beeld — portfolio', 'en' => 'Impact in View — portfolio'],
        'teams' => ['nl' => 'Teams', 'en' => 'Teams'],
        'coach' => ['nl' => 'Coach: alle teams', 'en' => 'Coach: all teams'],
        'language' => ['nl' => 'Taal', 'en' => 'Language'],
        'new_team' => ['nl' => 'Nieuw team', 'en' => 'New team'],
        'team_id' => ['nl' => 'Team-id (mag leeg: dan maakt de pagina er een)', 'en' => 'Team id (may be empty: the page makes one)'],
        'title' => ['nl' => 'Titel', 'en' => 'Title'],
        'members' => ['nl' => 'Teamleden (één per regel)', 'en' => 'Team members (one per line)'],
        'moment_label' => ['nl' => 'Naam van het moment', 'en' => 'Name of the moment'],
        'moment_date' => ['nl' => 'Datum', 'en' => 'Date'],
        'create' => ['nl' => 'Aanmaken', 'en' => 'Create'],
        'moment' => ['nl' => 'Moment', 'en' => 'Moment'],
        'moments' => ['nl' => 'Momenten', 'en' => 'Moments'],
        'deck' => ['nl' => 'Kaarten', 'en' => 'Cards'],
        'deck_help' => ['nl' => 'Kies een kaart of schrijf een eigen tekst. Kies dan hieronder waar hij komt, of tik op „Hier plaatsen” in een veld. Met een muis kun je een kaart ook naar een veld slepen.',
            'en' => 'Choose a card or write your own text. Then choose below where it goes, or tap “Place here” in a field. With a mouse you can also drag a card onto a field.'],
        'place_where' => ['nl' => 'Waar komt hij?', 'en' => 'Where does it go?'],
        'place_chosen' => ['nl' => 'Plaatsen', 'en' => 'Place'],
        'skip_main' => ['nl' => 'Naar de inhoud', 'en' => 'Skip to content'],
        'skip_deck' => ['nl' => 'Naar de kaarten', 'en' => 'Skip to the cards'],
        'skip_board' => ['nl' => 'Naar het canvas', 'en' => 'Skip to the canvas'],
        'canvas_heading' => ['nl' => 'Canvas', 'en' => 'Canvas'],
        'title_error' => ['nl' => 'Niet gelukt:', 'en' => 'Not done:'],
        'wrong_field_detail' => ['nl' => '%s horen in het veld „%s”, niet in „%s”', 'en' => '%s belong in the field “%s”, not in “%s”'],
        'removed_card' => ['nl' => 'Weggehaald: %s.', 'en' => 'Removed: %s.'],
        'quoted' => ['nl' => '„%s”', 'en' => '“%s”'],
        'role_activity' => ['nl' => 'activiteit', 'en' => 'its activity'],
        'role_place' => ['nl' => 'plaats', 'en' => 'a place'],
        'role_result' => ['nl' => 'opbrengst', 'en' => 'a result'],
        'undo_this' => ['nl' => 'Ongedaan maken', 'en' => 'Undo'],
        'poster_png' => ['nl' => 'Poster als PNG', 'en' => 'Poster as PNG'],
        'poster_orientation' => ['nl' => 'Op de poster (A1, liggend) staan de domeinen naast elkaar en de velden onder elkaar; de kleuren van de kaartsoorten zijn dezelfde als hier.',
            'en' => 'On the poster (A1, landscape) the domains stand side by side and the fields one below the other; the card kinds have the same colours as here.'],
        'poster_pdf' => ['nl' => 'Poster als PDF', 'en' => 'Poster as PDF'],
        'heatmap_table' => ['nl' => 'De heatmap als tabel: groepen met kaarten in het veld, van de groepen die het domein gebruiken',
            'en' => 'The heat map as a table: groups with cards in the field, of the groups that use the domain'],
        'domain_column' => ['nl' => 'Domein', 'en' => 'Domain'],
        'groups_with_cards' => ['nl' => '%d van %d groepen', 'en' => '%d of %d groups'],
        'which_teams' => ['nl' => 'welke niet?', 'en' => 'which not?'],
        'teams_gaps' => ['nl' => 'Per team: welke velden nog leeg zijn', 'en' => 'Per team: which fields are still empty'],
        'teams_empty_in' => ['nl' => 'Teams met nog niets in %s', 'en' => 'Teams with nothing yet in %s'],
        'all_teams' => ['nl' => 'Alle teams tonen', 'en' => 'Show all teams'],
        'team_column' => ['nl' => 'Team', 'en' => 'Team'],
        'cards_column' => ['nl' => 'Kaarten', 'en' => 'Cards'],
        'empty_cells' => ['nl' => 'Nog leeg (laatste moment)', 'en' => 'Still empty (latest moment)'],
        'none_empty' => ['nl' => 'niets: elk veld heeft kaarten', 'en' => 'nothing: every field has cards'],
        'next_step' => ['nl' => 'Volgende stap: het gesprek met een team', 'en' => 'Next step: the conversation with a team'],
        'next_step_help' => ['nl' => 'Vragen uit de handleiding (LIM §9.1, het onderzoeksproces monitoren), om met het team te bespreken of als gerichte opdracht mee te geven.',
            'en' => 'Questions from the manual (LIM §9.1, monitoring the research process), to discuss with the team or to give as a targeted assignment.'],
        'feedback_to_team' => ['nl' => 'Feedback aan een team', 'en' => 'Feedback to a team'],
        'feedback_for' => ['nl' => 'Feedback voor %s', 'en' => 'Feedback for %s'],
        'send_feedback' => ['nl' => 'Feedback sturen', 'en' => 'Send feedback'],
        'feedback_sent' => ['nl' => 'Feedback verstuurd.', 'en' => 'Feedback sent.'],
        'empty_feedback' => ['nl' => 'Schrijf eerst je feedback.', 'en' => 'Write your feedback first.'],
        'coach_feedback' => ['nl' => 'Feedback van je coach', 'en' => 'Feedback from your coach'],
        'cell_page' => ['nl' => 'Kaarten %d–%d van %d.', 'en' => 'Cards %d–%d of %d.'],
        'previous' => ['nl' => 'Vorige', 'en' => 'Previous'],
        'next' => ['nl' => 'Volgende', 'en' => 'Next'],
        'impact_first' => ['nl' => 'Hieronder de eerste %d opbrengsten en activiteiten.', 'en' => 'Below, the first %d results and activities.'],
        'kind_activity' => ['nl' => 'Activiteiten', 'en' => 'Activities'],
        'kind_location' => ['nl' => 'Plaatsen', 'en' => 'Locations'],
        'kind_result' => ['nl' => 'Opbrengsten', 'en' => 'Results'],
        'kind_blank' => ['nl' => 'Eigen kaarten', 'en' => 'Own cards'],
        'own_text' => ['nl' => 'Of een eigen tekst', 'en' => 'Or your own text'],
        'note' => ['nl' => 'Notitie (wat deden jullie?)', 'en' => 'Note (what did you do?)'],
        'field_activity' => ['nl' => 'Wat doe je?', 'en' => 'What do you do?'],
        'field_place' => ['nl' => 'Waar doe je het?', 'en' => 'Where do you do it?'],
        'field_result' => ['nl' => 'Wat levert het op?', 'en' => 'What does it yield?'],
        'place_here' => ['nl' => 'Hier plaatsen', 'en' => 'Place here'],
        'remove' => ['nl' => 'Weghalen', 'en' => 'Remove'],
        'move' => ['nl' => 'Verplaatsen', 'en' => 'Move'],
        'move_to' => ['nl' => 'Naar', 'en' => 'To'],
        'evaluation' => ['nl' => 'Evaluatie', 'en' => 'Evaluation'],
        'coverage' => ['nl' => 'Dekking', 'en' => 'Coverage'],
        'covered_of' => ['nl' => '%d van %d domeinen gedekt', 'en' => '%d of %d domains covered'],
        'cards_total' => ['nl' => '%d kaarten', 'en' => '%d cards'],
        'strongest' => ['nl' => 'Sterkste domein', 'en' => 'Strongest domain'],
        'weakest' => ['nl' => 'Zwakste domein', 'en' => 'Weakest domain'],
        'palette' => ['nl' => 'Palet', 'en' => 'Palette'],
        'use' => ['nl' => 'Gebruik van het canvas', 'en' => 'How the canvas is used'],
        'variant' => ['nl' => 'Variant', 'en' => 'Variant'],
        'purpose' => ['nl' => 'Doel', 'en' => 'Purpose'],
        'none' => ['nl' => '(geen)', 'en' => '(none)'],
        'apply' => ['nl' => 'Toepassen', 'en' => 'Apply'],
        'reflection' => ['nl' => 'Reflectievragen', 'en' => 'Reflection questions'],
        'answer' => ['nl' => 'Antwoord', 'en' => 'Answer'],
        'answered_by' => ['nl' => 'Door', 'en' => 'By'],
        'the_team' => ['nl' => 'het team', 'en' => 'the team'],
        'save_answer' => ['nl' => 'Antwoord opslaan', 'en' => 'Save answer'],
        'impact' => ['nl' => 'Impact: effecten, interacties, ketens', 'en' => 'Impact: effects, interactions, chains'],
        'effect' => ['nl' => 'Effect', 'en' => 'Effect'],
        'intended' => ['nl' => 'Bedoeld', 'en' => 'Intended'],
        'unintended' => ['nl' => 'Onbedoeld', 'en' => 'Unintended'],
        'unknown' => ['nl' => 'Onbekend', 'en' => 'Unknown'],
        'valued_by' => ['nl' => 'Gewaardeerd door', 'en' => 'Valued by'],
        'spheres' => ['nl' => 'Sferen', 'en' => 'Spheres'],
        'interaction' => ['nl' => 'Interactie', 'en' => 'Interaction'],
        'direct' => ['nl' => 'Direct', 'en' => 'Direct'],
        'indirect' => ['nl' => 'Indirect', 'en' => 'Indirect'],
        'carrier' => ['nl' => 'Drager (bij indirect)', 'en' => 'Carrier (indirect)'],
        'partners' => ['nl' => 'Samen gemaakt met', 'en' => 'Co-created with'],
        'save' => ['nl' => 'Opslaan', 'en' => 'Save'],
        'chains' => ['nl' => 'Impactketens', 'en' => 'Impact chains'],
        'in_chain' => ['nl' => 'Keten %s', 'en' => 'Chain %s'],
        'impact_figures' => ['nl' => 'Opbrengsten: %d bedoeld, %d onbedoeld, %d onbekend. Activiteiten: %d direct, %d indirect, %d samen gemaakt. Ketens: %d.',
            'en' => 'Results: %d intended, %d unintended, %d unknown. Activities: %d direct, %d indirect, %d co-created. Chains: %d.'],
        'chain_activity' => ['nl' => 'Activiteit', 'en' => 'Activity'],
        'chain_places' => ['nl' => 'Plaatsen', 'en' => 'Places'],
        'chain_results' => ['nl' => 'Opbrengsten', 'en' => 'Results'],
        'add_chain' => ['nl' => 'Keten toevoegen', 'en' => 'Add chain'],
        'new_moment' => ['nl' => 'Nieuw moment', 'en' => 'New moment'],
        'new_moment_help' => ['nl' => 'Begint met de kaarten van het vorige moment; de antwoorden horen bij het vorige.',
            'en' => 'Starts with the cards of the previous moment; the answers stay with the previous one.'],
        'start' => ['nl' => 'Beginnen', 'en' => 'Start'],
        'comparison' => ['nl' => 'Vergelijking met het vorige moment', 'en' => 'Compared with the previous moment'],
        'added' => ['nl' => 'erbij', 'en' => 'added'],
        'removed' => ['nl' => 'weg', 'en' => 'removed'],
        'moved' => ['nl' => 'verplaatst', 'en' => 'moved'],
        'newly_covered' => ['nl' => 'Nieuw gedekt', 'en' => 'Newly covered'],
        'lost_coverage' => ['nl' => 'Niet meer gedekt', 'en' => 'No longer covered'],
        'changes_per_field' => ['nl' => 'Per veld (ook op het canvas gemarkeerd)', 'en' => 'Per field (also marked on the canvas)'],
        'mark_added' => ['nl' => 'nieuw', 'en' => 'new'],
        'and_more' => ['nl' => 'en nog %d', 'en' => 'and %d more'],
        'mark_moved_in' => ['nl' => 'hierheen verplaatst', 'en' => 'moved here'],
        'mark_removed' => ['nl' => 'weg', 'en' => 'removed'],
        'mark_moved_out' => ['nl' => 'verplaatst naar elders', 'en' => 'moved elsewhere'],
        'evidence' => ['nl' => 'Portfolio: bewijs bij leeruitkomsten', 'en' => 'Portfolio: evidence for learning outcomes'],
        'outcome' => ['nl' => 'Leeruitkomst', 'en' => 'Learning outcome'],
        'evidence_for' => ['nl' => 'Bewijs', 'en' => 'Evidence'],
        'whole_canvas' => ['nl' => 'Het hele canvas', 'en' => 'The whole canvas'],
        'answer_to' => ['nl' => 'Antwoord op', 'en' => 'Answer to'],
        'justification' => ['nl' => 'Onderbouwing', 'en' => 'Justification'],
        'link' => ['nl' => 'Koppelen', 'en' => 'Link'],
        'no_evidence' => ['nl' => 'Nog geen bewijs gekoppeld.', 'en' => 'No evidence linked yet.'],
        'downloads' => ['nl' => 'Downloaden', 'en' => 'Download'],
        'poster' => ['nl' => 'Poster (SVG)', 'en' => 'Poster (SVG)'],
        'document' => ['nl' => 'Canvas (JSON)', 'en' => 'Canvas (JSON)'],
        'xapi' => ['nl' => 'Naar het LRS sturen (xAPI)', 'en' => 'Send to the LRS (xAPI)'],
        'send' => ['nl' => 'Versturen', 'en' => 'Send'],
        'lrs_answer' => ['nl' => 'Antwoord van het LRS', 'en' => 'The LRS answered'],
        'lrs_missing' => ['nl' => 'Er is geen LRS ingesteld.', 'en' => 'No LRS is configured.'],
        'statements_sent' => ['nl' => '%d statements verstuurd', 'en' => '%d statements sent'],
        'heatmap' => ['nl' => 'Warmtekaart van het cohort', 'en' => 'Cohort heat map'],
        'attention' => ['nl' => 'Teams die aandacht vragen', 'en' => 'Teams that need attention'],
        'no_attention' => ['nl' => 'Geen team vraagt nu aandacht.', 'en' => 'No team needs attention now.'],
        'skipped' => ['nl' => 'Overgeslagen', 'en' => 'Skipped'],
        'back' => ['nl' => 'Terug', 'en' => 'Back'],
        'saved' => ['nl' => 'Opgeslagen.', 'en' => 'Saved.'],
        'empty_answer' => ['nl' => 'Een leeg antwoord is niet opgeslagen; het antwoord dat er stond blijft staan. Wil je het weghalen, kies dan "Antwoord intrekken".',
                           'en' => 'An empty answer was not saved; the answer that was there stays. To take it back, choose "Withdraw answer".'],
        'withdraw_answer' => ['nl' => 'Antwoord intrekken', 'en' => 'Withdraw answer'],
        'withdraw_whose' => ['nl' => 'Antwoord van', 'en' => 'Answer by'],
        'withdraw_sure' => ['nl' => 'Ja, dit antwoord intrekken', 'en' => 'Yes, withdraw this answer'],
        'confirm_withdraw' => ['nl' => 'Vink eerst aan dat je het antwoord wilt intrekken.', 'en' => 'First tick that you want to withdraw the answer.'],
        'withdrawn' => ['nl' => 'Antwoord ingetrokken.', 'en' => 'Answer withdrawn.'],
        'conflict' => ['nl' => 'Niet opgeslagen: een teamlid heeft intussen iets gewijzigd dat deze wijziging nodig had. Hieronder staat het canvas zoals het nu is.',
                       'en' => 'Not saved: a teammate changed something this change needed in the meantime. The canvas below is as it is now.'],
        'undo' => ['nl' => 'Mijn laatste wijziging ongedaan maken', 'en' => 'Undo my last change'],
        'undone' => ['nl' => 'Ongedaan gemaakt.', 'en' => 'Undone.'],
        'whoami' => ['nl' => 'Ik ben', 'en' => 'I am'],
        'whoami_save' => ['nl' => 'Onthouden', 'en' => 'Remember'],
        'updated' => ['nl' => 'Bijgewerkt: een teamlid heeft het canvas gewijzigd.', 'en' => 'Updated: a teammate changed the canvas.'],
        'answer_changed' => ['nl' => 'Niet opgeslagen: een teamlid heeft intussen een antwoord op deze vraag opgeslagen (hierboven). Jouw tekst staat nog in het vak: pas hem aan of sla hem opnieuw op.',
            'en' => 'Not saved: a teammate saved an answer to this question meanwhile (shown above). Your text is still in the box: change it or save it again.'],
        'updated_held' => ['nl' => 'Een teamlid heeft het canvas gewijzigd. Wat je invulde staat nog klaar; na opslaan zie je de wijziging.',
            'en' => 'A teammate changed the canvas. What you entered is still here; once you save, you see the change.'],
        'new_moment_elsewhere' => ['nl' => 'Een teamlid is een nieuw moment begonnen; dit moment is nu alleen te lezen.',
                                   'en' => 'A teammate started a new moment; this one is now read-only.'],
        'expired' => ['nl' => 'Het formulier was verlopen; probeer het opnieuw.', 'en' => 'The form had expired; please try again.'],
        'expired_kept' => ['nl' => 'Niet opgeslagen: je sessie was verlopen. Wat je invulde staat er nog; verstuur het opnieuw.',
            'en' => 'Not saved: your session had expired. What you entered is still here; send it again.'],
        'too_large' => ['nl' => 'Dit bestand is te groot: een canvas mag hoogstens %s zijn.', 'en' => 'This file is too large: a canvas may be at most %s.'],
        'too_large_size' => ['nl' => 'Dit bestand is te groot (%s): een canvas mag hoogstens %s zijn.',
            'en' => 'This file is too large (%s): a canvas may be at most %s.'],
        'import_limit' => ['nl' => 'Hoogstens %s.', 'en' => 'At most %s.'],
        'not_saved_server' => ['nl' => 'Niet opgeslagen: de server kon het niet wegschrijven (bijvoorbeeld omdat de schijf vol is). Er is niets veranderd en wat je invulde staat er nog; probeer het later opnieuw.',
            'en' => 'Not saved: the server could not write it (for instance because its disk is full). Nothing changed and what you entered is still here; try again later.'],
        'not_found' => ['nl' => 'Dat team bestaat niet.', 'en' => 'There is no such team.'],
        'bad_id' => ['nl' => 'Een team-id bestaat uit kleine letters, cijfers en streepjes.', 'en' => 'A team id has lower-case letters, digits and dashes.'],
        'exists' => ['nl' => 'Dat team bestaat al.', 'en' => 'That team exists already.'],
        'date_range' => ['nl' => 'Kies een datum van %s tot %s.', 'en' => 'Choose a date from %s to %s.'],
        'choose_file' => ['nl' => 'Kies een canvasbestand (JSON).', 'en' => 'Choose a canvas file (JSON).'],
        'import' => ['nl' => 'Een canvas importeren (JSON) als volgend moment', 'en' => 'Import a canvas (JSON) as the next moment'],
        'choose_card' => ['nl' => 'Kies eerst een kaart of schrijf een tekst.', 'en' => 'Choose a card or write a text first.'],
        'read_only' => ['nl' => 'Een eerder moment: alleen lezen.', 'en' => 'An earlier moment: read only.'],
        'stakeholder_students' => ['nl' => 'studenten', 'en' => 'students'],
        'stakeholder_target-group' => ['nl' => 'doelgroep', 'en' => 'target group'],
        'stakeholder_work-field-partners' => ['nl' => 'werkveldpartners', 'en' => 'work-field partners'],
        'stakeholder_teachers' => ['nl' => 'docenten', 'en' => 'teachers'],
        'stakeholder_researchers' => ['nl' => 'onderzoekers', 'en' => 'researchers'],
        'stakeholder_policy-makers' => ['nl' => 'beleidsmakers', 'en' => 'policy makers'],
        'stakeholder_other' => ['nl' => 'anderen', 'en' => 'others'],
        'sphere_education' => ['nl' => 'onderwijs', 'en' => 'education'],
        'sphere_research' => ['nl' => 'onderzoek', 'en' => 'research'],
        'sphere_practice' => ['nl' => 'praktijk', 'en' => 'practice'],
        'sphere_society' => ['nl' => 'samenleving', 'en' => 'society'],
        'variant_standard' => ['nl' => 'standaard', 'en' => 'standard'],
        'variant_without-cards' => ['nl' => 'zonder kaarten', 'en' => 'without cards'],
        'variant_selected-domains' => ['nl' => 'gekozen domeinen', 'en' => 'selected domains'],
        'variant_coaches' => ['nl' => 'coaches', 'en' => 'coaches'],
        'variant_stakeholders' => ['nl' => 'belanghebbenden', 'en' => 'stakeholders'],
        'purpose_introduction' => ['nl' => 'kennismaking', 'en' => 'introduction'],
        'purpose_monitor-process' => ['nl' => 'proces volgen', 'en' => 'monitor the process'],
        'purpose_impact-conversation' => ['nl' => 'impactgesprek', 'en' => 'impact conversation'],
        'purpose_reflection-accountability' => ['nl' => 'reflectie en verantwoording', 'en' => 'reflection and accountability'],
        // Refusals of the library, by status code; the library's own (English) message follows in small print.
        'error_-1' => ['nl' => 'Dat kan zo niet', 'en' => 'That cannot be done this way'],
        'error_-2' => ['nl' => 'Dit is geen geldige JSON', 'en' => 'This is not valid JSON'],
        'error_-3' => ['nl' => 'Het document klopt niet', 'en' => 'The document is not valid'],
        'error_-4' => ['nl' => 'Niet gevonden', 'en' => 'Not found'],
        'error_-5' => ['nl' => 'Dat staat er al', 'en' => 'That is there already'],
        'error_-6' => ['nl' => 'Buiten het bereik', 'en' => 'Out of range'],
        'error_-7' => ['nl' => 'Te groot: boven de grenzen van de bibliotheek', 'en' => 'Too large: over the library\'s limits'],
        'error_-10' => ['nl' => 'Geen geldige UTF-8-tekst', 'en' => 'Not valid UTF-8 text'],
        'error_wrong_field' => ['nl' => 'Deze kaart hoort niet in dit veld', 'en' => 'This card does not belong in this field'],
        'error_other' => ['nl' => 'Dat lukte niet', 'en' => 'That did not work'],
        'lti_only' => ['nl' => 'Dit canvas hoort bij een cursus in je leeromgeving. Open het daar, via de activiteit.',
            'en' => 'This canvas belongs to a course in your learning platform. Open it there, from the activity.'],
        'lti_first_moment' => ['nl' => 'Moment 1', 'en' => 'Moment 1'],
        'lti_add' => ['nl' => 'LIM-canvas toevoegen aan de cursus', 'en' => 'Add a LIM canvas to the course'],
        'lti_add_help' => ['nl' => 'Kies hoe de teams het canvas gebruiken. Elke groep van de cursus krijgt een eigen canvas; de teamleden komen uit de deelnemerslijst.',
            'en' => 'Choose how the teams use the canvas. Every group of the course gets its own canvas; the team members come from the course roster.'],
        'lti_default_title' => ['nl' => 'LIM-canvas „Impact in Beeld”', 'en' => 'LIM canvas “Impact in View”'],
        'lti_add_button' => ['nl' => 'Toevoegen', 'en' => 'Add'],
        'lti_sending' => ['nl' => 'Terug naar de leeromgeving…', 'en' => 'Back to the learning platform…'],
        'lti_continue' => ['nl' => 'Verder', 'en' => 'Continue'],
        'lti_refused' => ['nl' => 'De aanmelding vanuit je leeromgeving is niet aanvaard. Er is niets opgeslagen; open de activiteit opnieuw vanuit de cursus.',
            'en' => 'The sign-in from your learning platform was not accepted. Nothing was stored; open the activity again from the course.'],
        'lti_reason_malformed' => ['nl' => '(Het bericht van de leeromgeving is onvolledig.)', 'en' => '(The learning platform’s message is incomplete.)'],
        'lti_reason_algorithm' => ['nl' => '(Het bericht is niet ondertekend zoals LTI 1.3 vraagt.)', 'en' => '(The message is not signed as LTI 1.3 requires.)'],
        'lti_reason_unknown_key' => ['nl' => '(Het bericht is ondertekend met een sleutel die de leeromgeving niet publiceert.)', 'en' => '(The message is signed with a key the platform does not publish.)'],
        'lti_reason_signature' => ['nl' => '(De handtekening klopt niet: het bericht is onderweg veranderd.)', 'en' => '(The signature does not match: the message was changed on the way.)'],
        'lti_reason_expired' => ['nl' => '(Het bericht is verlopen; kijk of de klok van de server goed staat.)', 'en' => '(The message has expired; check that the server’s clock is right.)'],
        'lti_reason_wrong_issuer' => ['nl' => '(Deze leeromgeving is niet aangemeld bij deze tool.)', 'en' => '(This learning platform is not registered with this tool.)'],
        'lti_reason_wrong_audience' => ['nl' => '(Het bericht is voor een andere tool bedoeld.)', 'en' => '(The message is meant for another tool.)'],
        'lti_reason_nonce' => ['nl' => '(Dit bericht is al eens gebruikt.)', 'en' => '(This message was used before.)'],
        'lti_reason_state' => ['nl' => '(De aanmelding is niet in deze browser begonnen, al gebruikt of ouder dan tien minuten. Sta cookies toe voor deze site, of open de activiteit in een nieuw venster.)',
            'en' => '(The sign-in did not begin in this browser, was used already or is older than ten minutes. Allow cookies for this site, or open the activity in a new window.)'],
        'lti_reason_deployment' => ['nl' => '(Deze installatie van de tool is niet aangemeld.)', 'en' => '(This deployment of the tool is not registered.)'],
        'lti_reason_message' => ['nl' => '(Het bericht mist gegevens die LTI 1.3 vraagt.)', 'en' => '(The message lacks data LTI 1.3 requires.)'],
        'lti_reason_role' => ['nl' => '(Alleen een docent voegt de activiteit toe.)', 'en' => '(Only a teacher adds the activity.)'],
        'lti_reason_not_a_member' => ['nl' => '(Deze activiteit is voor de studenten en docenten van de cursus; uw rol in de leeromgeving is geen van beide, bijvoorbeeld waarnemer.)',
            'en' => '(This activity is for the course’s students and teachers; your role in the learning platform is neither, for example observer.)'],
        'lti_reason_not_configured' => ['nl' => '(Op deze server is geen leeromgeving aangemeld.)', 'en' => '(No learning platform is registered on this server.)'],
        'lti_reason_service' => ['nl' => 'De leeromgeving gaf geen toegang tot het cijferoverzicht; probeer het later opnieuw.', 'en' => 'The learning platform gave no access to its gradebook; try again later.'],
        'lti_reason_no_gradebook' => ['nl' => 'Deze activiteit heeft geen kolom in het cijferoverzicht waarin de tool mag schrijven.', 'en' => 'This activity has no gradebook column the tool may write to.'],
        'lti_handin_comment' => ['nl' => '%s — moment „%s” ingeleverd. Poster: %s', 'en' => '%s — moment “%s” handed in. Poster: %s'],
        'lti_handed_in' => ['nl' => 'Ingeleverd: het werk van %d teamleden wacht op de coach in het cijferoverzicht.', 'en' => 'Handed in: the work of %d team members waits for the coach in the gradebook.'],
        'lti_no_members' => ['nl' => 'Er is niemand van het team bekend bij de leeromgeving; er is niets ingeleverd.', 'en' => 'No one of the team is known to the learning platform; nothing was handed in.'],
        'lti_handin_failed' => ['nl' => 'De leeromgeving nam niet alle scores aan; lever opnieuw in.', 'en' => 'The learning platform did not take every score; hand in again.'],
        'hand_in' => ['nl' => 'Inleveren', 'en' => 'Hand in'],
        'hand_in_title' => ['nl' => 'Inleveren bij de coach', 'en' => 'Hand in to the coach'],
        'hand_in_help' => ['nl' => 'Levert dit moment in: ieder teamlid krijgt in het cijferoverzicht van de leeromgeving „ingeleverd, wacht op beoordeling”, met een link naar de poster.',
            'en' => 'Hands this moment in: every team member gets “handed in, waiting for grading” in the learning platform’s gradebook, with a link to the poster.'],
        'handed_in_before' => ['nl' => 'Dit moment is ingeleverd voor %d teamleden.', 'en' => 'This moment was handed in for %d team members.'],
        'lti_register_title' => ['nl' => 'Het LIM-canvas aanmelden bij een leeromgeving', 'en' => 'Register the LIM canvas with a learning platform'],
        'lti_register_intro' => ['nl' => '%s vraagt deze tool aan te melden. De tool vraagt: scores sturen naar het cijferoverzicht en de deelnemerslijst lezen. Geen namen of e-mailadressen: die kunt u in de leeromgeving aanzetten.',
            'en' => '%s asks to register this tool. The tool asks to send scores to the gradebook and to read the course roster. No names or e-mail addresses: you can switch those on in the platform.'],
        'lti_register_button' => ['nl' => 'Aanmelden', 'en' => 'Register'],
        'lti_registered' => ['nl' => 'Aangemeld bij %s (client-id %s). Dit venster mag dicht; activeer de tool in de leeromgeving als die daarom vraagt.',
            'en' => 'Registered with %s (client id %s). This window may close; activate the tool in the platform if it asks for that.'],
        'lti_register_refused' => ['nl' => 'Het aanmelden bij de leeromgeving is niet gelukt; de tool heeft niets opgeslagen.', 'en' => 'Registering with the learning platform did not succeed; the tool stored nothing.'],
        'lti_reason_invite' => ['nl' => '(De registratielink is onbekend, al gebruikt of verlopen. Maak een nieuwe met „php lti-register.php invite”.)',
            'en' => '(The registration link is unknown, used already or expired. Make a new one with “php lti-register.php invite”.)'],
        'lti_reason_platform_configuration' => ['nl' => '(De configuratie van de leeromgeving is niet te lezen of klopt niet; het logboek van de server zegt waarom.)',
            'en' => '(The platform’s configuration could not be read or is not right; the server’s log says why.)'],
        'lti_reason_registration_refused' => ['nl' => '(De leeromgeving weigerde de aanmelding.)', 'en' => '(The platform refused the registration.)'],
        'lti_reason_registered_meanwhile' => ['nl' => '(Deze uitnodiging heeft de tool intussen al aangemeld, bijvoorbeeld bij een eerdere klik; „php lti-register.php list” laat het zien.)',
            'en' => '(This invitation registered the tool meanwhile, for example on an earlier click; “php lti-register.php list” shows it.)'],
        'lti_platform_answered' => ['nl' => 'De leeromgeving antwoordde: %s', 'en' => 'The platform answered: %s'],
        'lti_close' => ['nl' => 'Sluiten', 'en' => 'Close'],
        'lti_you' => ['nl' => 'Je werkt als %s (vanuit je leeromgeving).', 'en' => 'You are working as %s (from your learning platform).'],
    ];

    public function __construct(public readonly string $lang)
    {
    }

    /** ?lang= (remembered in a cookie), then the cookie, then Accept-Language, then English. */
    public static function negotiate(?string $query, ?string $cookie, string $acceptLanguage): string
    {
        foreach ([$query, $cookie] as $choice) {
            if (in_array($choice, self::LANGUAGES, true)) {
                return $choice;
            }
        }
        $best = ['en', 0.0];
        foreach (explode(',', $acceptLanguage) as $range) {
            $parts = array_map('trim', explode(';', $range));
            $tag = strtolower(substr($parts[0], 0, 2));
            $q = 1.0;
            foreach (array_slice($parts, 1) as $parameter) {
                if (str_starts_with($parameter, 'q=')) {
                    $q = (float) substr($parameter, 2);
                }
            }
            if (in_array($tag, self::LANGUAGES, true) && $q > $best[1]) {
                $best = [$tag, $q];
            }
        }
        return $best[0];
    }

    /** A size for people: "1 MB" for 1 048 576 bytes (binary units, as the limit is set), "850 kB", "3,2 MB". */
    public function bytes(int $bytes): string
    {
        [$value, $unit] = $bytes >= 1 << 20 ? [$bytes / (1 << 20), 'MB'] : [$bytes / 1024, 'kB'];
        $value = round($value, $value >= 10 ? 0 : 1);
        $text = floor($value) == $value ? (string) (int) $value : number_format($value, 1, $this->lang === 'nl' ? ',' : '.', '');
        return "$text $unit";
    }

    public function t(string $key, int|string ...$arguments): string
    {
        $text = self::TEXT[$key][$this->lang] ?? $key;
        return $arguments === [] ? $text : sprintf($text, ...$arguments);
    }

    /**
     * A library refusal for the person at the page: the page's own lead sentence, then the library's message of the
     * same case in the user's language (ik_error_localize; the English one stays in getMessage(), for the log).
     */
    public function explain(\ImpactKit\ImpactKitException $error, array $names = []): string
    {
        // The wrong-field case in the page's own words: the kinds and fields as people see them, not their ids.
        if (preg_match('/^(activity|location|result) cards go in the (activity|place|result) field, not in (activity|place|result)$/',
            $error->getMessage(), $case)) {
            return $this->refusal($error) . ' — ' . $this->t('wrong_field_detail', $this->t("kind_{$case[1]}"),
                $this->t("field_{$case[2]}"), $this->t("field_{$case[3]}"));
        }
        return $this->refusal($error) . ' — ' . $this->named($error->getLocalizedMessage($this->lang), $names);
    }

    /**
     * A library message with the ids people never see replaced by what they do see: a quoted card, placement or
     * domain id by its text („Enquête”), "domain/field" by the domain's name and the field's question. `$names`
     * maps ids to texts in the page's language; an id it does not know stays as written.
     */
    public function named(string $message, array $names): string
    {
        $quoted = fn (string $text) => $this->t('quoted', $text);
        $message = preg_replace_callback('/\b([a-z][a-z0-9-]*)\/(activity|place|result)\b/',
            fn ($m) => isset($names[$m[1]]) ? $quoted($names[$m[1]] . ' — ' . $this->t("field_{$m[2]}")) : $m[0], $message);
        $message = preg_replace_callback('/"([^"]*)"/', fn ($m) => isset($names[$m[1]]) ? $quoted($names[$m[1]]) : $m[0], $message);
        // A field named by its id ("in het veld result, niet in place"; "in the result field, not in place") and a
        // card's role in a chain ("als activity"): the field's question and the role's word instead.
        $field = fn (string $id) => $quoted($this->t("field_$id"));
        $patterns = $this->lang === 'nl'
            ? ['/\bveld (activity|place|result)\b/' => fn ($m) => 'veld ' . $field($m[1]),
               '/\bniet in (activity|place|result)\b/' => fn ($m) => 'niet in ' . $field($m[1]),
               '/\bals (activity|place|result)\b/' => fn ($m) => 'als ' . $this->t("role_{$m[1]}")]
            : ['/\bthe (activity|place|result) field\b/' => fn ($m) => 'the field ' . $field($m[1]),
               '/\bnot in (activity|place|result)\b/' => fn ($m) => 'not in ' . $field($m[1]),
               '/\bas (activity|place|result)\b/' => fn ($m) => 'as ' . $this->t("role_{$m[1]}")];
        return preg_replace_callback_array($patterns, $message);
    }

    /** The page's lead sentence for a refusal, by code (and, for the wrong field, by case). */
    public function refusal(\ImpactKit\ImpactKitException $error): string
    {
        if ($error->getCode() === \ImpactKit\ImpactKitException::EINVAL && str_contains($error->getMessage(), ' go in the ')) {
            return $this->t('error_wrong_field');
        }
        return self::TEXT['error_' . $error->getCode()][$this->lang] ?? $this->t('error_other');
    }
}
