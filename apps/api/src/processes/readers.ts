import type { Role } from '../../../../libs/machines/src/actor';

/** Every authenticated role may call read routes; what each one sees is checked per resource. */
export const READERS: Role[] = ['specialist', 'training-institution', 'evaluation-organisation', 'employer', 'social-insurance-agency', 'labour-inspection', 'auditor', 'admin'];
