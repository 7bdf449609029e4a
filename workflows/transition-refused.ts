/** ApplicationFailure type of a refused transition; the API maps it to 409. */
export const TRANSITION_REFUSED = 'TransitionRefused';
