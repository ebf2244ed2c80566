"""The main reports as TypedDicts, generated from schema/ by scripts/typeddicts.py: do not edit by hand.

`Canvas.evaluate()` returns a CanvasReport, `Journey.evaluate()` a JourneyReport, `Cohort.evaluate()` a CohortReport,
`Canvas.compare()` and `Journey.compare()` a Comparison: plain dicts at run time, typed for mypy and editors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Optional, TypedDict, Union

if TYPE_CHECKING:  # NotRequired is typing's from 3.11; only type checkers read it here
    from typing_extensions import NotRequired
else:
    NotRequired = Optional

__all__ = ['CanvasReport', 'Comparison', 'JourneyReport', 'CohortReport']

CanvasReportMoment = TypedDict('CanvasReportMoment', {
    'label': str,
    'date': NotRequired[str],
})


CanvasReportCounts = TypedDict('CanvasReportCounts', {
    'cards': NotRequired[int],
    'activity': NotRequired[int],
    'place': NotRequired[int],
    'result': NotRequired[int],
})


CanvasReportDomainsItem = TypedDict('CanvasReportDomainsItem', {
    'id': str,
    'name': str,
    'cards': int,
    'fields': CanvasReportCounts,
    'coverage': Literal['covered', 'partial', 'empty'],
    'missing': list[Literal['activity', 'place', 'result']],
})


CanvasReportCoverage = TypedDict('CanvasReportCoverage', {
    'covered': list[str],
    'partial': list[str],
    'empty': list[str],
})


CanvasReportPaletteItem = TypedDict('CanvasReportPaletteItem', {
    'domain': str,
    'share': float,
    'color': NotRequired[str],
})


CanvasReportReflectionItem = TypedDict('CanvasReportReflectionItem', {
    'question': str,
    'text': str,
    'basis': str,
    'domains': list[str],
    'answers': list[str],
})


CanvasReportQuestionsItemAnswersItem = TypedDict('CanvasReportQuestionsItemAnswersItem', {
    'answer': str,
    'by': NotRequired[str],
})


CanvasReportQuestionsItem = TypedDict('CanvasReportQuestionsItem', {
    'id': str,
    'section': str,
    'text': str,
    'in_set': bool,
    'answers': list[CanvasReportQuestionsItemAnswersItem],
})


CanvasReportImpactResultsSpheresEducation = TypedDict('CanvasReportImpactResultsSpheresEducation', {
    'results': int,
    'share': float,
})


CanvasReportImpactResultsSpheresResearch = CanvasReportImpactResultsSpheresEducation


CanvasReportImpactResultsSpheresPractice = CanvasReportImpactResultsSpheresEducation


CanvasReportImpactResultsSpheresSociety = CanvasReportImpactResultsSpheresEducation


CanvasReportImpactResultsSpheres = TypedDict('CanvasReportImpactResultsSpheres', {
    'education': CanvasReportImpactResultsSpheresEducation,
    'research': CanvasReportImpactResultsSpheresResearch,
    'practice': CanvasReportImpactResultsSpheresPractice,
    'society': CanvasReportImpactResultsSpheresSociety,
})


CanvasReportImpactResultsValuedBy = TypedDict('CanvasReportImpactResultsValuedBy', {
    'students': int,
    'target-group': int,
    'work-field-partners': int,
    'teachers': int,
    'researchers': int,
    'policy-makers': int,
    'other': int,
})


CanvasReportImpactResults = TypedDict('CanvasReportImpactResults', {
    'total': int,
    'with_spheres': int,
    'spheres': CanvasReportImpactResultsSpheres,
    'intended': int,
    'unintended': int,
    'intention_unknown': int,
    'positive': int,
    'negative': int,
    'valued_by': CanvasReportImpactResultsValuedBy,
    'unvalued': int,
})


CanvasReportImpactActivities = TypedDict('CanvasReportImpactActivities', {
    'total': int,
    'direct': int,
    'indirect': int,
    'mode_unknown': int,
    'co_created': int,
    'co_created_share': float,
})


CanvasReportImpactChains = TypedDict('CanvasReportImpactChains', {
    'count': int,
    'activities_without_result': list[str],
    'results_without_activity': list[str],
})


CanvasReportImpactPromptsItem = TypedDict('CanvasReportImpactPromptsItem', {
    'code': Literal['sphere-missing', 'no-unintended', 'negative-effects', 'unvalued', 'only-indirect', 'only-direct', 'no-co-creation', 'activities-without-result', 'results-without-activity', 'not-recorded'],
    'text': str,
    'subjects': list[str],
})


# LIM §3: where results land, intended/unintended, who values them, direct/indirect interactions, co-creation, c
CanvasReportImpact = TypedDict('CanvasReportImpact', {
    'results': CanvasReportImpactResults,
    'activities': CanvasReportImpactActivities,
    'chains': CanvasReportImpactChains,
    'prompts': list[CanvasReportImpactPromptsItem],
})


CanvasReportContributionsMembersItem = TypedDict('CanvasReportContributionsMembersItem', {
    'member': str,
    'placements': int,
    'fields': dict[str, int],
    'domains': dict[str, int],
    'chains': int,
    'answers': int,
    'effects': int,
    'interactions': int,
})


CanvasReportContributionsUnattributed = TypedDict('CanvasReportContributionsUnattributed', {
    'placements': int,
    'chains': int,
    'answers': int,
})


# Who contributed what (issue 32): per team member id the placements they laid (per field and domain), the impac
CanvasReportContributions = TypedDict('CanvasReportContributions', {
    'members': list[CanvasReportContributionsMembersItem],
    'unattributed': CanvasReportContributionsUnattributed,
})


# ImpactKit canvas evaluation (impactkit/canvas-report/1)
CanvasReport = TypedDict('CanvasReport', {
    'schema': Literal['impactkit/canvas-report/1'],
    'canvas': str,
    'title': str,
    'template': str,
    'variant': Literal['standard', 'without-cards', 'selected-domains', 'coaches', 'stakeholders'],
    'purpose': Optional[Literal['introduction', 'monitor-process', 'impact-conversation', 'reflection-accountability']],
    'lang': Literal['nl', 'en'],
    'moment': NotRequired[CanvasReportMoment],
    'totals': CanvasReportCounts,
    'domains': list[CanvasReportDomainsItem],
    'coverage': CanvasReportCoverage,
    'palette': list[CanvasReportPaletteItem],
    'strongest': Any,
    'weakest': Any,
    'reflection': list[CanvasReportReflectionItem],
    'questions': list[CanvasReportQuestionsItem],
    'impact': CanvasReportImpact,
    'contributions': CanvasReportContributions,
})


ComparisonMomentRef = TypedDict('ComparisonMomentRef', {
    'canvas': str,
    'moment': Any,
    'variant': str,
})


ComparisonTotals = TypedDict('ComparisonTotals', {
    'cards_before': int,
    'cards_after': int,
    'added': int,
    'removed': int,
    'moved': int,
})


ComparisonDomainsItemCards = TypedDict('ComparisonDomainsItemCards', {
    'before': int,
    'after': int,
})


ComparisonDomainsItemCoverage = TypedDict('ComparisonDomainsItemCoverage', {
    'before': Literal['covered', 'partial', 'empty'],
    'after': Literal['covered', 'partial', 'empty'],
})


ComparisonDomainsItemShare = TypedDict('ComparisonDomainsItemShare', {
    'before': float,
    'after': float,
    'change': float,
})


ComparisonItemFrom = TypedDict('ComparisonItemFrom', {
    'domain': str,
    'field': Literal['activity', 'place', 'result'],
})


ComparisonItemTo = ComparisonItemFrom


ComparisonItem = TypedDict('ComparisonItem', {
    'card': NotRequired[str],
    'text': str,
    'from': NotRequired[ComparisonItemFrom],
    'to': NotRequired[ComparisonItemTo],
})


ComparisonFieldChange = TypedDict('ComparisonFieldChange', {
    'added': list[ComparisonItem],
    'removed': list[ComparisonItem],
    'moved_in': list[Any],
    'moved_out': list[Any],
})


ComparisonDomainsItemFields = TypedDict('ComparisonDomainsItemFields', {
    'activity': ComparisonFieldChange,
    'place': ComparisonFieldChange,
    'result': ComparisonFieldChange,
})


ComparisonDomainsItem = TypedDict('ComparisonDomainsItem', {
    'id': str,
    'name': str,
    'cards': ComparisonDomainsItemCards,
    'coverage': ComparisonDomainsItemCoverage,
    'share': ComparisonDomainsItemShare,
    'fields': ComparisonDomainsItemFields,
})


ComparisonNotComparedItem = TypedDict('ComparisonNotComparedItem', {
    'code': Literal['template-differs', 'variant-differs', 'domain-not-in-use', 'domain-not-in-template'],
    'domains': list[str],
    'text': str,
})


ComparisonImpactBeforeSpheres = TypedDict('ComparisonImpactBeforeSpheres', {
    'education': int,
    'research': int,
    'practice': int,
    'society': int,
})


ComparisonImpactBefore = TypedDict('ComparisonImpactBefore', {
    'spheres': ComparisonImpactBeforeSpheres,
    'intended': int,
    'unintended': int,
    'direct': int,
    'indirect': int,
    'co_created': int,
    'chains': int,
})


ComparisonImpactAfterSpheres = ComparisonImpactBeforeSpheres


ComparisonImpactAfter = TypedDict('ComparisonImpactAfter', {
    'spheres': ComparisonImpactAfterSpheres,
    'intended': int,
    'unintended': int,
    'direct': int,
    'indirect': int,
    'co_created': int,
    'chains': int,
})


# The LIM §3 figures at both moments.
ComparisonImpact = TypedDict('ComparisonImpact', {
    'before': ComparisonImpactBefore,
    'after': ComparisonImpactAfter,
})


# ImpactKit comparison of two moments (impactkit/comparison/1)
Comparison = TypedDict('Comparison', {
    'schema': Literal['impactkit/comparison/1'],
    'lang': Literal['nl', 'en'],
    'from': ComparisonMomentRef,
    'to': ComparisonMomentRef,
    'totals': ComparisonTotals,
    'domains': list[ComparisonDomainsItem],
    'newly_covered': list[str],
    'lost_coverage': list[str],
    'not_compared': list[ComparisonNotComparedItem],
    'summary': str,
    'impact': ComparisonImpact,
})


JourneyReportMomentsItemFields = TypedDict('JourneyReportMomentsItemFields', {
    'activity': int,
    'place': int,
    'result': int,
})


JourneyReportMomentsItem = TypedDict('JourneyReportMomentsItem', {
    'label': str,
    'date': Optional[str],
    'canvas': str,
    'variant': str,
    'purpose': Optional[Literal['introduction', 'monitor-process', 'impact-conversation', 'reflection-accountability']],
    'cards': int,
    'fields': JourneyReportMomentsItemFields,
    'covered': list[str],
    'empty': list[str],
    'questions_asked': int,
    'questions_answered': int,
    'open_questions': list[str],
})


JourneyReportOutcomesItemKinds = TypedDict('JourneyReportOutcomesItemKinds', {
    'placement': int,
    'answer': int,
    'canvas': int,
})


JourneyReportOutcomesItemItemsItem = TypedDict('JourneyReportOutcomesItemItemsItem', {
    'moment': str,
    'kind': Literal['placement', 'answer', 'canvas'],
    'placement': NotRequired[str],
    'question': NotRequired[str],
    'domain': NotRequired[str],
    'field': NotRequired[Literal['activity', 'place', 'result']],
    'content': str,
    'justification': str,
})


JourneyReportOutcomesItem = TypedDict('JourneyReportOutcomesItem', {
    'outcome': str,
    'title': str,
    'category': Optional[Literal['impact', 'process', 'reflective']],
    'pieces': int,
    'moments': list[str],
    'domains': list[str],
    'kinds': JourneyReportOutcomesItemKinds,
    'items': list[JourneyReportOutcomesItemItemsItem],
    'summary': str,
})


# ImpactKit journey evaluation (impactkit/journey-report/1)
JourneyReport = TypedDict('JourneyReport', {
    'schema': Literal['impactkit/journey-report/1'],
    'journey': str,
    'title': str,
    'group': Optional[str],
    'programme': Optional[str],
    'lang': Literal['nl', 'en'],
    'moments': list[JourneyReportMomentsItem],
    'progress': list[Comparison],
    'overall': Any,
    'outcomes': list[JourneyReportOutcomesItem],
    'outcomes_without_evidence': list[str],
})


CohortReportThresholds = TypedDict('CohortReportThresholds', {
    'max_empty_domains': int,
    'min_result_cards': int,
    'results_expected_from_moment': int,
    'min_cards_added': int,
})


CohortReportCell = TypedDict('CohortReportCell', {
    'cards': int,
    'groups': int,
    'share_of_groups': float,
    'share_of_groups_in_use': float,
})


CohortReportDomainsItemFields = TypedDict('CohortReportDomainsItemFields', {
    'activity': CohortReportCell,
    'place': CohortReportCell,
    'result': CohortReportCell,
})


CohortReportDomainsItem = TypedDict('CohortReportDomainsItem', {
    'id': str,
    'name': str,
    'groups_in_use': int,
    'covered': int,
    'partial': int,
    'empty': int,
    'fields': CohortReportDomainsItemFields,
})


CohortReportCoverageDistributionItem = TypedDict('CohortReportCoverageDistributionItem', {
    'covered_domains': int,
    'groups': int,
})


CohortReportAttentionItemReasonsItem = TypedDict('CohortReportAttentionItemReasonsItem', {
    'code': Literal['empty-domains', 'few-results', 'no-progress', 'no-moments'],
    'domains': list[str],
    'moments': list[str],
    'text': str,
})


CohortReportAttentionItem = TypedDict('CohortReportAttentionItem', {
    'source': str,
    'id': str,
    'title': str,
    'moment': Optional[str],
    'reasons': list[CohortReportAttentionItemReasonsItem],
})


CohortReportSkippedItem = TypedDict('CohortReportSkippedItem', {
    'source': str,
    'code': str,
    'path': str,
    'message': str,
})


# ImpactKit cohort view (impactkit/cohort-report/1)
CohortReport = TypedDict('CohortReport', {
    'schema': Literal['impactkit/cohort-report/1'],
    'lang': Literal['nl', 'en'],
    'thresholds': CohortReportThresholds,
    'groups': int,
    'moments': int,
    'domains': list[CohortReportDomainsItem],
    'coverage_distribution': list[CohortReportCoverageDistributionItem],
    'attention': list[CohortReportAttentionItem],
    'skipped': list[CohortReportSkippedItem],
})
