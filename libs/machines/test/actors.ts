import { SYSTEM_ACTOR, type Actor } from '../src';

export const SYSTEM = SYSTEM_ACTOR;
export const TI1: Actor = { role: 'training-institution', organisationId: 'TI-1', keyId: 'key-ti1' };
export const TI2: Actor = { role: 'training-institution', organisationId: 'TI-2', keyId: 'key-ti2' };
export const EO1: Actor = { role: 'evaluation-organisation', organisationId: 'EO-1', keyId: 'key-eo1' };
export const EO2: Actor = { role: 'evaluation-organisation', organisationId: 'EO-2', keyId: 'key-eo2' };
export const EMPLOYER: Actor = { role: 'employer', organisationId: 'EMP-1', keyId: 'key-emp1' };
export const OTHER_EMPLOYER: Actor = { role: 'employer', organisationId: 'EMP-2', keyId: 'key-emp2' };
export const SPECIALIST: Actor = { role: 'specialist', organisationId: null, keyId: 'key-sp' };
export const AGENCY: Actor = { role: 'social-insurance-agency', organisationId: 'SIA-1', keyId: 'key-sia1' };
export const OTHER_AGENCY: Actor = { role: 'social-insurance-agency', organisationId: 'SIA-2', keyId: 'key-sia2' };
export const INSPECTION: Actor = { role: 'labour-inspection', organisationId: 'LI-1', keyId: 'key-li' };
export const AUDITOR: Actor = { role: 'auditor', organisationId: 'AUD-1', keyId: 'key-aud' };
export const ADMIN: Actor = { role: 'admin', organisationId: null, keyId: 'key-admin' };
