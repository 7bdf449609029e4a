import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Custom search attributes so the Temporal UI and the API can list journeys by state, level, party. */
export const HezeState = defineSearchAttributeKey('HezeState', SearchAttributeType.KEYWORD);
export const HezeLevel = defineSearchAttributeKey('HezeLevel', SearchAttributeType.INT);
export const HezeEmployer = defineSearchAttributeKey('HezeEmployer', SearchAttributeType.KEYWORD);
export const HezeProject = defineSearchAttributeKey('HezeProject', SearchAttributeType.KEYWORD);
export const HezeOrganisations = defineSearchAttributeKey('HezeOrganisations', SearchAttributeType.KEYWORD_LIST);

export const hezeSearchAttributes = [HezeState, HezeLevel, HezeEmployer, HezeProject, HezeOrganisations];
