// Generated from the API's OpenAPI document by `npm run portal:client` (apps/portal/scripts/generate-client.mjs).
// Do not edit: apps/api/src/openapi/portal-client.test.ts fails when this file and the API differ.
export interface paths {
    "/audit/journeys/{journeyId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Full Temporal event history of the journey and its processes (subsidy claims, study leaves, wage protection), in Temporal's standard JSON form (historyToJSON); replayable */
        get: operations["AuditController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/journeys/{journeyId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replay the recorded histories against the current workflow code: "deterministic", or the first divergence in plain words (reads only) */
        post: operations["AuditController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/journeys/{journeyId}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Machine state and context as of an event id of the journey's history, or an ISO 8601 instant, reconstructed from the recorded transitions */
        get: operations["AuditController_state"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/journeys/{journeyId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened, in time order: who (role, organisation, key id), which event, state before → after, clause ids behind decisions, timers, notifications */
        get: operations["AuditController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/signing-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public key that signs audit bundles (Ed25519, PEM) and its key id, to verify a bundle offline; no API key needed */
        get: operations["AuditKeyController_signingKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with login and password: sets the session cookie and answers the person and the CSRF token
         * @description A new session id every time (the one the request came with, if any, ends). Wrong login or password, or a disabled user: 401 "wrong login or password" (the same answer whether the user exists). After LOGIN_MAX_FAILURES failures of one login name (or LOGIN_MAX_FAILURES_PER_ADDRESS from one address) within LOGIN_FAILURE_WINDOW_SECONDS: 429 with Retry-After for LOGIN_LOCKOUT_SECONDS.
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: the session is deleted and the cookie cleared (an API key has no session: 403) */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the signed-in person's password (the current one required); the person's other sessions end
         * @description A wrong current password is a 400 naming `current` and counts as a failed sign-in (a locked login: 429 with Retry-After).
         */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in: the person, role, organisation, the CSRF token and when the session ends (for an API key: its role and organisation) */
        get: operations["AuthController_session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's organisation's batches, newest first */
        get: operations["BatchesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{batchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress: rows done, already done, refused, failed, pending */
        get: operations["BatchesController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{batchId}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply a previewed batch: its workflow sends each row as the caller; rows done before are "already done" */
        post: operations["BatchesController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{batchId}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each row's outcome (or, before apply, its preview) as CSV or XLSX; resident IDs masked */
        get: operations["BatchesController_outcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a CSV or XLSX file: every row is read and checked; the preview names each refused row (row, column, reason); nothing is changed yet */
        post: operations["BatchesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The batch kinds of the caller's role and their columns (Chinese and English headers) */
        get: operations["BatchesController_kinds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The template file of a batch kind: its headers and an example row */
        get: operations["BatchesController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/{certificateNumber}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a certificate (the issuing evaluation organisation, or the programme office); verification then says so */
        post: operations["CertificatesController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/{certificateNumber}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A printable certificate summary with a QR code to the verification page (the issuer, the employer, readers) */
        get: operations["CertificatesController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify a certificate by its number and holder name (no key; rate-limited per address) */
        get: operations["CertificatesController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One claim: submitted, approved (amount), refused (rule ids), payment instructed, paid, expired */
        get: operations["ClaimsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}/payment-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm payment of an approved claim (the agency the person is insured with) */
        post: operations["ClaimsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Which skill levels a profile may register for on its evaluation date (RULES.md §3), with the clause ids that hold and why the others do not
         * @description Changes nothing: no Idempotency-Key needed, not counted by the write rate limit. Extra fields are refused (400 naming them).
         */
        post: operations["EligibilityController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the API process answers (200 while it runs); the dependencies are reported as seen (no API key needed) */
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many items wait in each of the caller's lists (for the navigation), and the caller's journeys by state */
        get: operations["InboxController_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/active-leaves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Employer: approved and running study leaves, whose payroll is to be recorded (with the wage case's state) */
        get: operations["InboxController_activeLeaves"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evaluation organisation: trained candidates to register (any organisation: journey.any), and its own failed candidates for a retake */
        get: operations["InboxController_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evaluation organisation: its passed candidates, whose certificate is to be issued */
        get: operations["InboxController_certificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Employer: its journeys' subsidy claims and their state */
        get: operations["InboxController_claims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/enrolment-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Training institution: applied journeys waiting to be enrolled (any institution may enrol one: journey.any) */
        get: operations["InboxController_enrolmentApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/incentives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Employer: its projects' incentive standing (RULES.md §6) */
        get: operations["InboxController_incentives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/leave-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Employer: study-leave requests to decide, with the escalation deadline and the working days left (RULES.md §4 wage.leave-escalation) */
        get: operations["InboxController_leaveRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notifications: labour inspection's (unanswered leave requests, violations), an agency's own, all for auditors (state=<kind> filters) */
        get: operations["InboxController_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Social-insurance agency: claims instructed for payment, awaiting its confirmation (due date, overdue flag) */
        get: operations["InboxController_payments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evaluation organisation: candidates registered with it, whose result is to be posted */
        get: operations["InboxController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Auditors, labour inspection: journeys by state, level, organisation, project and opening dates (from, to) */
        get: operations["InboxController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/trainees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Training institution: its enrolled trainees, to mark the course complete */
        get: operations["InboxController_trainees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open wage-protection violations with the amount still owed (state=closed: the closed ones): the employer its own, inspection and auditors all */
        get: operations["InboxController_violations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List journeys by state, level, organisation, project (paginated) */
        get: operations["JourneysController_list"];
        put?: never;
        /** Open a journey for a specialist towards one skill level (one open journey per person and level) */
        post: operations["JourneysController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journeys/{journeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One journey: current state, allowed next events, last transition */
        get: operations["JourneysController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journeys/{journeyId}/agreed-pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the specialist's agreed monthly wage and benefits (the baseline at leave approval, RULES.md §4) */
        put: operations["StudyLeaveController_agreedPay"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journeys/{journeyId}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue the 劳动关系协调师 skill-level certificate */
        post: operations["JourneysController_issueCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journeys/{journeyId}/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrol the specialist in training (training institution) */
        post: operations["JourneysController_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journeys/{journeyId}/evaluation-registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register for evaluation; only after training completion (先培训后认定); the rules check eligibility (RULES.md §3) */
        post: operations["JourneysController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journeys/{journeyId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post the evaluation result (the organisation the candidate is registered with) */
        post: operations["JourneysController_postResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journeys/{journeyId}/study-leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request full-time study leave for training and/or evaluation; the employer answers within N working days or it escalates */
        post: operations["StudyLeaveController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journeys/{journeyId}/subsidy-claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim the skill-upgrade subsidy (RULES.md §5) at the agency the person is insured with */
        post: operations["JourneysController_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journeys/{journeyId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The journey's timeline as one of its parties may see it: when, who (the person's name), role, organisation, event, state before → after, clause ids */
        get: operations["JourneyTimelineController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journeys/{journeyId}/training-completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the course complete (only the enrolling institution) */
        post: operations["JourneysController_completeTraining"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journeys/{journeyId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw before the certificate */
        post: operations["JourneysController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys (ids, roles, organisations, labels, revocation; never secrets) */
        get: operations["OrganisationsController_keys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key at once (revoking twice keeps the first revocation time) */
        delete: operations["OrganisationsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The outbox: notifications to labour inspection, agencies and the credit-rating office */
        get: operations["ProjectsController_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organisations (credit codes masked) */
        get: operations["OrganisationsController_list"];
        put?: never;
        /** Register an organisation (a party): id, name, role, unified social credit code */
        post: operations["OrganisationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue an API key for the organisation (role defaults to the organisation's); the key is shown once
         * @description The clear-text key is in this response only; only its SHA-256 hash is stored. An Idempotency-Key replay answers `apiKey: null`.
         */
        post: operations["OrganisationsController_issueKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisationId}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend an organisation: its keys are refused and no request may name it as a party (issue 13.7) */
        post: operations["OrganisationsController_suspend"];
        /** Reinstate a suspended organisation */
        delete: operations["OrganisationsController_reinstate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a project under construction of the calling general contractor */
        post: operations["ProjectsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/incentive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's incentive standing: none, granted (once), withdrawn, blocked */
        get: operations["ProjectsController_incentive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: Temporal, the database and the migrations (no API key needed); 503 until all are ready */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every statistics figure (specialists, pass rates, durations and deadlines, subsidy, wage protection, incentive), each with its journey list link */
        get: operations["StatisticsController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/figures.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same figures as CSV: section, figure, key, value, journeys */
        get: operations["StatisticsController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/journeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The journeys behind a figure (the figure's `journeys` link); each links to its journey page */
        get: operations["StatisticsController_journeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/study-leaves/{leaveId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One study leave: state, protected period, allowed next events */
        get: operations["StudyLeaveController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/study-leaves/{leaveId}/back-pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record back pay against an open violation; the case closes when it covers the shortfall */
        post: operations["StudyLeaveController_backPay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/study-leaves/{leaveId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or refuse the leave (the specialist's employer) */
        post: operations["StudyLeaveController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/study-leaves/{leaveId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The leave has ended (payroll for it may still be recorded during the grace period) */
        post: operations["StudyLeaveController_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/study-leaves/{leaveId}/payroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a payroll record; it is compared with the baseline pro rata by day (RULES.md §4) */
        post: operations["StudyLeaveController_payroll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/study-leaves/{leaveId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The approved leave has begun */
        post: operations["StudyLeaveController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/study-leaves/{leaveId}/wage-protection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wage protection of an approved leave: monitoring, violation or closed */
        get: operations["StudyLeaveController_wages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (never passwords or hashes) */
        get: operations["UsersController_list"];
        put?: never;
        /**
         * Create a user of an organisation (acting in its role); without a password, a one-time password is generated and shown once
         * @description The person is asked to choose their own password (`mustChangePassword`). An Idempotency-Key replay answers `password: null`.
         */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a user: it cannot sign in, and its sessions end at once (disabling twice keeps the first time) */
        post: operations["UsersController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-enable a disabled user: it can sign in again with its password (enabling an active user changes nothing) */
        post: operations["UsersController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a user's password (given, or generated and shown once); its sessions end and it must choose a new one */
        post: operations["UsersController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public verification page (HTML form; the QR code on a certificate summary links here) */
        get: operations["CertificatesController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wage-protection violation cases: an employer sees its own, inspection and auditors all */
        get: operations["ProjectsController_violations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AgreedPayDto: {
            /** @description monthly benefits by name, CNY */
            benefits: {
                [key: string]: number;
            };
            /** @description agreed monthly wage, CNY */
            monthlyWage: number;
        };
        AgreedPayRecordedDto: {
            benefits: {
                [key: string]: number;
            };
            journeyId: string;
            monthlyWage: number;
        };
        AuditExportDto: {
            exportedAt: string;
            /** @enum {string} */
            format: "heze-audit-export/1";
            rootId: string;
            workflows: {
                /** @description when it closed; null while running */
                closeTime: string | null;
                /** @description Temporal's standard history JSON (historyToJSON): load with historyFromJSON to replay */
                history: unknown;
                runId: string;
                /** @description when the workflow started */
                startTime: string | null;
                status: string;
                workflowId: string;
                workflowType: string;
            }[];
        };
        BackPayDto: {
            /** @description CNY */
            amount: number;
            /** @description 'wage' or a benefit name that the open violation found short */
            component: string;
        };
        BatchKindsDto: {
            items: {
                columns: {
                    description: string;
                    example: string;
                    headers: string[];
                    key: string;
                    required: boolean;
                }[];
                kind: string;
                title: string;
            }[];
        };
        BatchListDto: {
            items: {
                /** @description when apply was asked for */
                appliedAt: string | null;
                batchId: string;
                createdAt: string;
                /** @description utf-8, gb18030 (GBK), utf-16le/be, or xlsx */
                encoding: string;
                fileName: string;
                /** @description when every row had its outcome */
                finishedAt: string | null;
                /** @enum {string} */
                format: "csv" | "xlsx";
                kind: string;
                /** @description data rows (blank rows left out) */
                rows: number;
                /** @description blank rows left out */
                skippedRows: number[];
                /** @enum {string} */
                status: "previewed" | "applying" | "done";
            }[];
        };
        ClaimSubsidyDto: Record<string, never>;
        CompleteTrainingDto: {
            /**
             * Format: date
             * @description the day the course was completed: not after today
             * @example 2026-11-24
             */
            completedOn?: string;
        };
        ConfirmPaymentDto: {
            /**
             * Format: date
             * @description not after today, not before the claim was approved
             * @example 2026-11-24
             */
            paidOn: string;
            paymentReference?: string;
        };
        CreateKeyDto: {
            /** @description who or what uses the key */
            label?: string;
            /**
             * @description default: the organisation's role
             * @enum {string}
             */
            role?: "specialist" | "training-institution" | "evaluation-organisation" | "employer" | "social-insurance-agency" | "labour-inspection" | "auditor" | "admin";
        };
        CreateOrganisationDto: {
            /** @description 18-character unified social credit code (GB 32100), check character verified; stored, never shown or logged whole */
            creditCode?: string;
            /** @description stable id, e.g. heze-vtc-01 */
            id: string;
            name: string;
            /**
             * @description the party this organisation is; its keys get this role by default
             * @enum {string}
             */
            role: "specialist" | "training-institution" | "evaluation-organisation" | "employer" | "social-insurance-agency" | "labour-inspection" | "auditor" | "admin";
        };
        CreateProjectDto: {
            id: string;
            name: string;
            /** @description RULES.md §6.2: the farm-worker wage-payment guarantee systems are implemented */
            wageGuaranteeSystemsImplemented: boolean;
        };
        CreateUserDto: {
            /** @description sign-in name, unique in the installation, not case-sensitive */
            login: string;
            /** @description display name, shown in timelines */
            name: string;
            /** @description the organisation the person works for: they act in its role */
            organisationId: string;
            /** @description omit to have a one-time password generated (shown once) */
            password?: string;
        };
        DecideLeaveDto: {
            approved: boolean;
            reason?: string;
        };
        DisabledUserDto: {
            createdAt: string;
            /** @description when the user was disabled; null while active */
            disabledAt: string | null;
            id: string;
            login: string;
            /** @description the password was set by an admin: the person should choose their own (POST /auth/password) */
            mustChangePassword: boolean;
            name: string;
            organisationId: string;
            passwordChangedAt: string;
            /**
             * @description the organisation's role, in which the user acts; null when the organisation no longer exists
             * @enum {string|null}
             */
            role: "specialist" | "training-institution" | "evaluation-organisation" | "employer" | "social-insurance-agency" | "labour-inspection" | "auditor" | "admin" | null;
            /** @description sessions ended by this request */
            sessionsEnded: number;
        };
        EligibilityAnswerDto: {
            /** Format: date */
            evaluationDate: string;
            /** @description always all five levels, level 5 first */
            levels: {
                eligible: boolean;
                /** @description every clause of the level that does not hold, in table order */
                failingClauses: {
                    clause: string;
                    /**
                     * Format: date
                     * @description earliest date the clause would hold if time alone passes; null if never
                     */
                    holdsOn: string | null;
                    /** @description what holds and what is missing */
                    reason: string;
                }[];
                level: 5 | 4 | 3 | 2 | 1;
                /** @description the programme offers this level (level 5 is not offered) */
                offered: boolean;
                /** @description clause ids that hold, in table order */
                satisfiedClauses: string[];
            }[];
            /** @description id of the versioned rule set that answered */
            ruleSet: string;
        };
        EligibilityProfileDto: {
            /**
             * Format: date
             * @description birth date; or give idNumber
             * @example 2026-11-24
             */
            birthDate?: string;
            certificates?: {
                /**
                 * Format: date
                 * @description issue date
                 * @example 2026-11-24
                 */
                issued: string;
                /**
                 * @description 职业技能等级 (skill-level) or 职业资格 (qualification)
                 * @enum {string}
                 */
                kind?: "skill-level" | "qualification";
                level: 1 | 2 | 3 | 4 | 5;
                /** @enum {string} */
                occupation: "this" | "related" | "other";
            }[];
            diplomas?: {
                /** @description 经评估论证的 (L3-6); absent = false */
                assessed?: boolean;
                /**
                 * @description technical-school family only; absent = ordinary
                 * @enum {string}
                 */
                class?: "ordinary" | "senior-worker" | "pre-technician" | "technician";
                /**
                 * Format: date
                 * @description graduation date; required when status is graduated
                 * @example 2026-11-24
                 */
                date?: string;
                /** @enum {string} */
                institution: "technical-school" | "senior-technical-school" | "technician-college" | "secondary-vocational" | "higher-vocational" | "university";
                /** @enum {string} */
                major: "this" | "related" | "other";
                /** @enum {string} */
                status: "graduated" | "graduating" | "enrolled";
            }[];
            /**
             * Format: date
             * @description the day the answer is for
             * @example 2026-11-24
             */
            evaluationDate: string;
            /** @description 18-character resident identity number (GB 11643); birth date read from it */
            idNumber?: string;
            /** @description L5-1; absent = false */
            intendsToWorkInOccupation?: boolean;
            titles?: {
                /** @enum {string} */
                grade: "junior" | "intermediate" | "senior";
                /** @description 符合专业对应关系 */
                majorCorresponds: boolean;
                /**
                 * Format: date
                 * @description ISO calendar date YYYY-MM-DD
                 * @example 2026-11-24
                 */
                obtained: string;
            }[];
            workPeriods?: {
                /**
                 * Format: date
                 * @description the day after the last working day (half-open); absent = ongoing
                 * @example 2026-11-24
                 */
                end?: string;
                /**
                 * @description this | related | other occupation; "other" is ignored
                 * @enum {string}
                 */
                occupation: "this" | "related" | "other";
                /**
                 * Format: date
                 * @description first day worked
                 * @example 2026-11-24
                 */
                start: string;
            }[];
        };
        Error: {
            error: string;
            /** @description 400 and 422: the path of the offending field, e.g. `workPeriods[1].end` */
            field?: string;
            /** @description one line; for 400 it names the field */
            message: string;
            /** @description the rule refused, where one is named, e.g. `date.not-future` */
            rule?: string;
            statusCode: number;
        };
        InboxCountsDto: {
            /** @description the caller's journeys (GET /journeys' scope) by state; states without one are absent */
            journeysByState: {
                [key: string]: number;
            };
            role: string;
            sections: {
                count: number;
                /** @description items whose time is up */
                overdue: number;
                /** @enum {string} */
                section: "enrolment-applications" | "trainees" | "candidates" | "results" | "certificates" | "leave-requests" | "active-leaves" | "violations" | "claims" | "incentives" | "payments" | "notifications" | "search";
            }[];
        };
        InboxPageDto: {
            items: {
                /** @description CNY: the subsidy of a claim, the amount still owed of a violation */
                amount: number | null;
                /** @description the section's own facts (study-leave dates, the wage case's state, the claim's failing rules, …) */
                detail: {
                    [key: string]: unknown;
                };
                /**
                 * Format: date
                 * @description when the rules want it done (YYYY-MM-DD): the leave decision (wage.leave-escalation), the payment confirmation
                 * @example 2026-11-24
                 */
                dueOn: string | null;
                /** @description the journey, study leave, claim, violation case, project or notification id */
                id: string;
                /** @description the journey it belongs to */
                journeyId: string | null;
                /** @description target skill level */
                level: number | null;
                /** @description the other organisation: the employer (for institutions), the agency (claims), the employer (inspection) */
                organisationId: string | null;
                /** @description its name */
                organisationName: string | null;
                /** @description the rules' time is up (the leave escalated, the payment flagged overdue) */
                overdue: boolean;
                /** @description resident ID, masked */
                person: string | null;
                /** @description since when it waits: the last transition of the journey or process, the opening of the violation, the notification */
                since: string;
                state: string;
                /** @description working days from today until dueOn (the working-day calendar): 0 on the day, negative after */
                workingDaysLeft: number | null;
            }[];
            page: number;
            pageSize: number;
            /** @enum {string} */
            section: "enrolment-applications" | "trainees" | "candidates" | "results" | "certificates" | "leave-requests" | "active-leaves" | "violations" | "claims" | "incentives" | "payments" | "notifications" | "search";
            total: number;
        };
        IssueCertificateDto: {
            certificateNumber: string;
            /**
             * Format: date
             * @description not after today, not before the last sitting
             * @example 2026-11-24
             */
            issuedOn: string;
        };
        IssuedKeyDto: {
            /** @description the key in clear text, shown in this response only (stored as a SHA-256 hash); null when the response is an Idempotency-Key replay */
            apiKey: string | null;
            createdAt: string;
            keyId: string;
            label: string;
            /** @description the organisation the key acts for */
            organisationId: string | null;
            /** @description when the key was revoked; null while it is valid */
            revokedAt: string | null;
            /** @enum {string} */
            role: "specialist" | "training-institution" | "evaluation-organisation" | "employer" | "social-insurance-agency" | "labour-inspection" | "auditor" | "admin";
        };
        IssuedUserDto: {
            /** @description the generated one-time password, shown in this answer only (stored as a scrypt hash); null when one was given, or on an Idempotency-Key replay */
            password: string | null;
            user: {
                createdAt: string;
                /** @description when the user was disabled; null while active */
                disabledAt: string | null;
                id: string;
                login: string;
                /** @description the password was set by an admin: the person should choose their own (POST /auth/password) */
                mustChangePassword: boolean;
                name: string;
                organisationId: string;
                passwordChangedAt: string;
                /**
                 * @description the organisation's role, in which the user acts; null when the organisation no longer exists
                 * @enum {string|null}
                 */
                role: "specialist" | "training-institution" | "evaluation-organisation" | "employer" | "social-insurance-agency" | "labour-inspection" | "auditor" | "admin" | null;
            };
        };
        JourneyDetailDto: {
            /** @description the social-insurance agency of the claim, once claimed */
            agencyId: string | null;
            /** @description evaluation sittings so far */
            attempts: number;
            employerId: string;
            /** @description the evaluation organisation, once registered */
            evaluationOrganisationId: string | null;
            journeyId: string;
            /** @description the last transition: event, who, when */
            last: {
                [key: string]: unknown;
            };
            openedAt: string;
            /** @description resident ID, masked */
            person: string;
            /** @description project under construction, if any */
            projectId: string | null;
            state: string;
            targetLevel: number;
            /** @description the enrolling training institution, once enrolled */
            trainingInstitutionId: string | null;
            updatedAt: string;
            workflow: {
                /** @description external events the current state takes (others are a 409) */
                allowedEvents: string[];
                /** @description plain JSON context of the machine; identifiers masked */
                context: {
                    [key: string]: unknown;
                };
                /** @description the workflow has reached a final state */
                done: boolean;
                /** @description the machine's current state */
                state: string;
                /** @description transitions taken so far */
                version: number;
                workflowType: string;
            };
        };
        JourneyPageDto: {
            items: {
                /** @description the social-insurance agency of the claim, once claimed */
                agencyId: string | null;
                /** @description evaluation sittings so far */
                attempts: number;
                employerId: string;
                /** @description the evaluation organisation, once registered */
                evaluationOrganisationId: string | null;
                journeyId: string;
                /** @description the last transition: event, who, when */
                last: {
                    [key: string]: unknown;
                };
                openedAt: string;
                /** @description resident ID, masked */
                person: string;
                /** @description project under construction, if any */
                projectId: string | null;
                state: string;
                targetLevel: number;
                /** @description the enrolling training institution, once enrolled */
                trainingInstitutionId: string | null;
                updatedAt: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        KeyViewDto: {
            createdAt: string;
            keyId: string;
            label: string;
            /** @description the organisation the key acts for */
            organisationId: string | null;
            /** @description when the key was revoked; null while it is valid */
            revokedAt: string | null;
            /** @enum {string} */
            role: "specialist" | "training-institution" | "evaluation-organisation" | "employer" | "social-insurance-agency" | "labour-inspection" | "auditor" | "admin";
        };
        LoginDto: {
            /** @description sign-in name (not case-sensitive) */
            login: string;
            password: string;
        };
        MachineViewDto: {
            /** @description external events the current state takes (others are a 409) */
            allowedEvents: string[];
            /** @description plain JSON context of the machine; identifiers masked */
            context: {
                [key: string]: unknown;
            };
            /** @description the workflow has reached a final state */
            done: boolean;
            /** @description the machine's current state */
            state: string;
            /** @description transitions taken so far */
            version: number;
            workflowType: string;
        };
        NotificationDto: {
            createdAt: string;
            /** @description when delivered */
            deliveredAt: string | null;
            /** @description idempotency key of the notification: a retry never sends it twice */
            id: string;
            journeyId: string;
            kind: string;
            payload: unknown;
            /** @description the recipient organisation, when one is named */
            recipientId: string | null;
            recipientRole: string;
        };
        OpenedJourneyDto: {
            journeyId: string;
            view: {
                /** @description external events the current state takes (others are a 409) */
                allowedEvents: string[];
                /** @description plain JSON context of the machine; identifiers masked */
                context: {
                    [key: string]: unknown;
                };
                /** @description the workflow has reached a final state */
                done: boolean;
                /** @description the machine's current state */
                state: string;
                /** @description transitions taken so far */
                version: number;
                workflowType: string;
            };
        };
        OpenedStudyLeaveDto: {
            leaveId: string;
            view: {
                /** @description external events the current state takes (others are a 409) */
                allowedEvents: string[];
                /** @description plain JSON context of the machine; identifiers masked */
                context: {
                    [key: string]: unknown;
                };
                /** @description the workflow has reached a final state */
                done: boolean;
                /** @description the machine's current state */
                state: string;
                /** @description transitions taken so far */
                version: number;
                workflowType: string;
            };
        };
        OpenJourneyDto: {
            /** @description agreed monthly wage and benefits in CNY: the wage-protection baseline (RULES.md §4) */
            agreedPay?: {
                benefits: {
                    [key: string]: number;
                };
                monthlyWage: number;
            };
            /** @description subsidy.enterprise-employee */
            enterpriseEmployee: boolean;
            /** @description social-insurance agency of the place of unemployment insurance (RULES.md §5) */
            insuredWithAgencyId: string;
            /** @description the specialist's name: not blank, no control characters */
            name: string;
            projectId?: string | null;
            residentId: string;
            /** @description skill level 4..1 offered by the notice (RULES.md §2) */
            targetLevel: 4 | 3 | 2 | 1;
            /**
             * Format: date
             * @description start of continuous unemployment-insurance contributions (subsidy.insured-12-months)
             * @example 2026-11-24
             */
            unemploymentInsuredSince: string | null;
        };
        OrganisationViewDto: {
            createdAt: string;
            /** @description unified social credit code, masked: first 4 and last 4 characters */
            creditCode: string | null;
            id: string;
            name: string;
            /** @enum {string} */
            role: "specialist" | "training-institution" | "evaluation-organisation" | "employer" | "social-insurance-agency" | "labour-inspection" | "auditor" | "admin";
            /** @description when the organisation was suspended; null while active */
            suspendedAt: string | null;
        };
        PasswordChangeDto: {
            /** @description the password now */
            current: string;
            /** @description a new password: 10-200 characters, no leading or trailing space, at least 4 different characters, not containing the login */
            next: string;
        };
        PayrollRecordDto: {
            /** @description monthly benefits by name, CNY */
            benefits: {
                [key: string]: number;
            };
            /** @description the employer's own id of this payroll record */
            id: string;
            /**
             * Format: date
             * @description the day after the last day paid (half-open)
             * @example 2026-11-24
             */
            periodEnd: string;
            /**
             * Format: date
             * @description first day paid
             * @example 2026-11-24
             */
            periodStart: string;
            wage: number;
        };
        PostResultDto: {
            passed: boolean;
            score?: number;
            /** @description days sat: not after today, not before training completion */
            sittingDates: string[];
        };
        PreviewDto: {
            /** @description rows that will be applied */
            accepted: number;
            alreadyDone: {
                /** @description resident ID, masked */
                person: string | null;
                row: number;
            }[];
            /** @description when apply was asked for */
            appliedAt: string | null;
            batchId: string;
            createdAt: string;
            /** @description utf-8, gb18030 (GBK), utf-16le/be, or xlsx */
            encoding: string;
            fileName: string;
            /** @description when every row had its outcome */
            finishedAt: string | null;
            /** @enum {string} */
            format: "csv" | "xlsx";
            kind: string;
            refused: {
                /** @description the column at fault */
                column: string | null;
                /** @description resident ID, masked */
                person: string | null;
                reason: string;
                row: number;
            }[];
            /** @description data rows (blank rows left out) */
            rows: number;
            /** @description blank rows left out */
            skippedRows: number[];
            /** @enum {string} */
            status: "previewed" | "applying" | "done";
        };
        ProgressDto: {
            /** @description when apply was asked for */
            appliedAt: string | null;
            batchId: string;
            counts: {
                alreadyDone: number;
                done: number;
                failed: number;
                pending: number;
                refused: number;
            };
            createdAt: string;
            /** @description utf-8, gb18030 (GBK), utf-16le/be, or xlsx */
            encoding: string;
            fileName: string;
            finished: number;
            /** @description when every row had its outcome */
            finishedAt: string | null;
            /** @enum {string} */
            format: "csv" | "xlsx";
            kind: string;
            /** @description data rows (blank rows left out) */
            rows: number;
            /** @description blank rows left out */
            skippedRows: number[];
            /** @enum {string} */
            status: "previewed" | "applying" | "done";
        };
        ProjectDto: {
            /** @description the general contractor that registered it */
            contractorId: string;
            createdAt: string;
            id: string;
            name: string;
            wageGuaranteeSystemsImplemented: boolean;
        };
        ReadyDto: {
            database: {
                error?: string;
                kind: string;
                ok: boolean;
            };
            migrations: {
                error?: string;
                ok: boolean;
            };
            /** @enum {string} */
            status: "ready" | "not-ready";
            temporal: {
                address: string;
                error?: string;
                namespace: string;
                ok: boolean;
            };
        };
        RegisterForEvaluationDto: {
            /** @description the eligibility profile of RULES.md §3 (see POST /eligibility); its evaluationDate not after today */
            profile: {
                [key: string]: unknown;
            };
        };
        ReplayReportDto: {
            deterministic: boolean;
            rootId: string;
            /** @description "deterministic", or the first divergence in plain words */
            verdict: string;
            workflows: {
                deterministic: boolean;
                divergence?: string;
                errorType?: string;
                message?: string;
                runId: string;
                workflowId: string;
                workflowType: string;
            }[];
        };
        RequestStudyLeaveDto: {
            /**
             * Format: date
             * @description first day of full-time leave
             * @example 2026-11-24
             */
            from: string;
            /** @enum {string} */
            purpose: "training" | "evaluation" | "both";
            /**
             * Format: date
             * @description last day of full-time leave (inclusive)
             * @example 2026-11-24
             */
            to: string;
        };
        ResetPasswordDto: {
            /** @description omit to have a one-time password generated (shown once) */
            password?: string;
        };
        RevokeCertificateDto: {
            /** @description why the certificate is revoked */
            reason: string;
        };
        RevokedDto: {
            certificateNumber: string;
            reason: string;
            revokedAt: string;
        };
        SessionViewDto: {
            /** @description send as X-CSRF-Token on every POST/PUT/PATCH/DELETE made with the session cookie; null for an API key */
            csrfToken: string | null;
            /** @description the absolute end of the session */
            expiresAt: string | null;
            /** @description when the session ends if it is not used before */
            idleExpiresAt: string | null;
            /** @description the organisation the caller acts for */
            organisation: {
                id: string;
                name: string;
            } | null;
            role: string;
            /** @description the signed-in person; null for an API key */
            user: {
                createdAt: string;
                /** @description when the user was disabled; null while active */
                disabledAt: string | null;
                id: string;
                login: string;
                /** @description the password was set by an admin: the person should choose their own (POST /auth/password) */
                mustChangePassword: boolean;
                name: string;
                organisationId: string;
                passwordChangedAt: string;
                /**
                 * @description the organisation's role, in which the user acts; null when the organisation no longer exists
                 * @enum {string|null}
                 */
                role: "specialist" | "training-institution" | "evaluation-organisation" | "employer" | "social-insurance-agency" | "labour-inspection" | "auditor" | "admin" | null;
            } | null;
            /**
             * @description how the caller is authenticated
             * @enum {string}
             */
            via: "session" | "api-key";
        };
        SignedOutDto: {
            /** @enum {boolean} */
            signedOut: true;
        };
        SigningKeyDto: {
            /** @enum {string} */
            algorithm: "Ed25519";
            /** @description first 16 hex digits of SHA-256 over the public key (SPKI DER); a bundle names the key that signed it by this id */
            keyId: string;
            /** @description the public key, SPKI PEM: give it (or this whole answer saved to a file) to `npm run audit -- verify --public-key` */
            publicKeyPem: string;
        };
        StateAtDto: {
            asOf: string;
            at: {
                eventId: number;
                workflowId?: string;
            } | {
                time: string;
            };
            processes: {
                /** @description known only when the context is current */
                allowedEvents: string[] | null;
                /** @description machine context as last reported */
                context: {
                    [key: string]: unknown;
                } | null;
                /** @description event whose view gave the context */
                contextFromEventId: number | null;
                contextIsCurrent: boolean;
                done: boolean;
                /** @description null: no state entered yet */
                state: string | null;
                /** @description event that last set the state */
                stateFromEventId: number | null;
                /** @description transitions taken */
                version: number | null;
                workflowId: string;
                workflowType: string;
            }[];
            root: {
                /** @description known only when the context is current */
                allowedEvents: string[] | null;
                /** @description machine context as last reported */
                context: {
                    [key: string]: unknown;
                } | null;
                /** @description event whose view gave the context */
                contextFromEventId: number | null;
                contextIsCurrent: boolean;
                done: boolean;
                /** @description null: no state entered yet */
                state: string | null;
                /** @description event that last set the state */
                stateFromEventId: number | null;
                /** @description transitions taken */
                version: number | null;
                workflowId: string;
                workflowType: string;
            };
            rootId: string;
        };
        StatisticsDto: {
            /** @enum {string} */
            database: "postgres" | "sqlite";
            durations: {
                applicationToCertificate: {
                    count: number;
                    /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                    journeys: string;
                    /** @description no journey yet */
                    medianDays: number | null;
                    /** @description no journey yet */
                    p90Days: number | null;
                };
                deadlines: {
                    id: string;
                    journeys: {
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        met: string;
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        missed: string;
                    };
                    met: number;
                    missed: number;
                    rule: string;
                    /** @description the calendar has no file for the year */
                    unknown: number;
                    workingDays: number;
                }[];
                sittingToResult: {
                    count: number;
                    /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                    journeys: string;
                    /** @description no journey yet */
                    medianDays: number | null;
                    /** @description no journey yet */
                    p90Days: number | null;
                };
            };
            evaluation: {
                byLevel: {
                    /** @description journeys with a result */
                    candidates: number;
                    /** @description latest result failed */
                    failed: number;
                    journeys: {
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        candidates: string;
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        failed: string;
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        passed: string;
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        retakes: string;
                    };
                    key: string;
                    passed: number;
                    /** @description passed / candidates, 0..1 */
                    passRate: number | null;
                    /** @description journeys that sat more than once */
                    retakes: number;
                    sittings: number;
                }[];
                byOrganisation: {
                    /** @description journeys with a result */
                    candidates: number;
                    /** @description latest result failed */
                    failed: number;
                    journeys: {
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        candidates: string;
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        failed: string;
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        passed: string;
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        retakes: string;
                    };
                    key: string;
                    passed: number;
                    /** @description passed / candidates, 0..1 */
                    passRate: number | null;
                    /** @description journeys that sat more than once */
                    retakes: number;
                    sittings: number;
                }[];
            };
            generatedAt: string;
            incentive: {
                blocked: number;
                byState: {
                    count: number;
                    /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                    journeys: string;
                    key: string;
                }[];
                granted: number;
                journeys: {
                    /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                    blocked: string;
                    /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                    granted: string;
                    /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                    withdrawn: string;
                };
                withdrawn: number;
            };
            specialists: {
                byCounty: {
                    count: number;
                    /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                    journeys: string;
                    key: string;
                }[];
                byLevel: {
                    count: number;
                    /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                    journeys: string;
                    key: string;
                }[];
                byMonth: {
                    applied: number;
                    certified: number;
                    journeys: {
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        applied: string;
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        certified: string;
                    };
                    month: string;
                }[];
                byProject: {
                    certified: number;
                    contractorId: string;
                    count: number;
                    /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                    journeys: string;
                    /** @description no project */
                    projectId: string | null;
                }[];
                byState: {
                    count: number;
                    /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                    journeys: string;
                    key: string;
                }[];
                /** @description journeys that reached each stage (applied … certified, closed, withdrawn) */
                reached: {
                    count: number;
                    /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                    journeys: string;
                    key: string;
                }[];
                total: number;
            };
            subsidy: {
                byYearAgency: {
                    agencyId: string;
                    approved: number;
                    /** @description CNY */
                    approvedAmount: number;
                    claims: number;
                    journeys: {
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        approved: string;
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        claims: string;
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        paid: string;
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        refused: string;
                    };
                    paid: number;
                    /** @description CNY */
                    paidAmount: number;
                    refused: number;
                    year: number;
                }[];
                refusedByRule: {
                    count: number;
                    /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                    journeys: string;
                    rule: string;
                }[];
                totals: {
                    approved: number;
                    approvedAmount: number;
                    claims: number;
                    paid: number;
                    paidAmount: number;
                    refused: number;
                };
            };
            wageProtection: {
                processes: {
                    closed: number;
                    journeys: {
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        closed: string;
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        opened: string;
                    };
                    opened: number;
                };
                violations: {
                    /** @description CNY */
                    backPaidAmount: number;
                    closed: number;
                    daysOpen: {
                        count: number;
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        journeys: string;
                        /** @description no journey yet */
                        medianDays: number | null;
                        /** @description no journey yet */
                        p90Days: number | null;
                    };
                    journeys: {
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        closed: string;
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        open: string;
                        /** @description the list of journeys behind the figure: GET this path (a /statistics/journeys query) */
                        opened: string;
                    };
                    open: number;
                    opened: number;
                    /** @description CNY, of open violations */
                    outstandingAmount: number;
                    /** @description CNY */
                    owedAmount: number;
                };
            };
        };
        StatisticsJourneyPageDto: {
            items: {
                attempts: number;
                /** @description not certified */
                certifiedAt: string | null;
                /** @description not known (journeys projected before issue 17 until their next transition) */
                countyCode: string | null;
                employerId: string;
                /** @description not registered yet */
                evaluationOrganisationId: string | null;
                journeyId: string;
                /** @description no result yet */
                lastSittingOn: string | null;
                openedAt: string;
                /** @description resident ID, masked */
                person: string;
                /** @description no project */
                projectId: string | null;
                /** @description no result yet */
                resultAt: string | null;
                /** @description no result yet */
                resultPassed: boolean | null;
                state: string;
                targetLevel: number;
                updatedAt: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        TimelineDto: {
            entries: {
                acceptedEventId?: number;
                /** @description who, as recorded in the event; null for timers and the system */
                actor: {
                    /** @description id of the API key (never the secret); null when a person signed in acted */
                    keyId: string | null;
                    /** @description organisation the key acts for */
                    organisationId: string | null;
                    role: string;
                    /** @description the person who acted, when signed in as a user (issue 15) */
                    userId?: string;
                    /** @description that person's display name, from the users table (histories keep the id only) */
                    userName?: string;
                } | null;
                /** @description state after */
                after: string | null;
                at: string;
                /** @description state before */
                before: string | null;
                /** @description RULES.md clause ids behind a decision */
                clauses: string[];
                detail: string;
                eventId: number;
                /** @enum {string} */
                kind: "started" | "event" | "transition" | "decision" | "notification" | "activity" | "timer" | "signal" | "child" | "ended";
                via?: string[];
                what: string;
                workflowId: string;
                workflowType: string;
            }[];
            journeyId: string;
        };
        UserViewDto: {
            createdAt: string;
            /** @description when the user was disabled; null while active */
            disabledAt: string | null;
            id: string;
            login: string;
            /** @description the password was set by an admin: the person should choose their own (POST /auth/password) */
            mustChangePassword: boolean;
            name: string;
            organisationId: string;
            passwordChangedAt: string;
            /**
             * @description the organisation's role, in which the user acts; null when the organisation no longer exists
             * @enum {string|null}
             */
            role: "specialist" | "training-institution" | "evaluation-organisation" | "employer" | "social-insurance-agency" | "labour-inspection" | "auditor" | "admin" | null;
        };
        VerificationDto: {
            certificateNumber: string;
            holder?: {
                /** @description resident ID, masked: first 4 and last 4 characters */
                maskedId: string;
            };
            issuedOn?: string;
            issuer?: {
                id: string;
                name: string;
            };
            level?: number;
            occupation?: string;
            /** @description the day it was revoked */
            revokedOn?: string | null;
            /**
             * @description 'not-found' also when the name does not match
             * @enum {string}
             */
            status: "valid" | "revoked" | "not-found";
        };
        ViolationCaseDto: {
            /** @description back pay recorded since the violation opened (fen) */
            backPaidFen: number;
            caseId: string;
            /** @description the wage-protection case (absent on violations recorded before issue 17) */
            caseKey: string | null;
            /** @description when back pay covered the shortfall */
            closedAt: string | null;
            /** @description the wage check: periods, components, amounts (RULES.md §4) */
            detail: unknown;
            employerId: string;
            journeyId: string;
            openedAt: string;
            /** @description the most owed at once: outstanding plus back pay already made (fen) */
            owedFen: number;
            /** @description project of the journey, if any */
            projectId: string | null;
            /** @description CNY */
            shortfall: number;
            shortfallFen: number;
            /** @enum {string} */
            status: "open" | "closed";
        };
        WithdrawDto: {
            reason: string;
        };
    };
    responses: never;
    parameters: {
        /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                journeyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditExportDto"];
                };
            };
            /** @description Not a journey id, or a bad `at` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: auditor, labour-inspection, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such journey */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuditController_replay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                journeyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayReportDto"];
                };
            };
            /** @description Not a journey id, or a bad `at` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: auditor, labour-inspection, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such journey */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The current state does not take this event (the message names the state and the allowed events), or a request with the same Idempotency-Key is still in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuditController_state: {
        parameters: {
            query: {
                /** @description event id (e.g. 42) or ISO 8601 timestamp (e.g. 2026-11-25T16:00:00Z); an impossible date such as 2025-02-30 is refused */
                at: string;
                /** @description with an event id: the id of one of the journey's other workflows whose history the event id refers to */
                workflow?: string;
            };
            header?: never;
            path: {
                journeyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateAtDto"];
                };
            };
            /** @description Not a journey id, or a bad `at` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: auditor, labour-inspection, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such journey */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuditController_timeline: {
        parameters: {
            query?: {
                /** @description json (default), or text/plain as text or table */
                format?: "json" | "text" | "table";
            };
            header?: never;
            path: {
                journeyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON `{ journeyId, entries }`; text/plain for format=text|table */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineDto"];
                    "text/plain": components["schemas"]["TimelineDto"];
                };
            };
            /** @description Not a journey id, or a bad `at` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: auditor, labour-inspection, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such journey */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuditKeyController_signingKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningKeyDto"];
                };
            };
            /** @description No signing key is configured (AUDIT_SIGNING_KEY_FILE) or it cannot be read */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Wrong login or password (one message for every case) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The user's organisation is suspended or gone */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many failed sign-ins for this login or from this address */
            429: {
                headers: {
                    /** @description seconds until the lock ends */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedOutDto"];
                };
            };
            /** @description A field or the Idempotency-Key header is malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: specialist, training-institution, evaluation-organisation, employer, social-insurance-agency, labour-inspection, auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The current state does not take this event (the message names the state and the allowed events), or a request with the same Idempotency-Key is still in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: specialist, training-institution, evaluation-organisation, employer, social-insurance-agency, labour-inspection, auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The current state does not take this event (the message names the state and the allowed events), or a request with the same Idempotency-Key is still in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed attempts for this login */
            429: {
                headers: {
                    /** @description seconds until the lock ends */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuthController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionViewDto"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: specialist, training-institution, evaluation-organisation, employer, social-insurance-agency, labour-inspection, auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    BatchesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchListDto"];
                };
            };
            /** @description A malformed file (encoding, headers, no rows) or parameter; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: training-institution, evaluation-organisation, employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    BatchesController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressDto"];
                };
            };
            /** @description A malformed file (encoding, headers, no rows) or parameter; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: training-institution, evaluation-organisation, employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such batch of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    BatchesController_apply: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressDto"];
                };
            };
            /** @description A malformed file (encoding, headers, no rows) or parameter; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: training-institution, evaluation-organisation, employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such batch of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Applied already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    BatchesController_outcomes: {
        parameters: {
            query?: {
                /** @description csv (UTF-8 with BOM) or xlsx */
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the outcomes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description A malformed file (encoding, headers, no rows) or parameter; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: training-institution, evaluation-organisation, employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such batch of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    BatchesController_upload: {
        parameters: {
            query?: {
                /** @description certificates: numbers for rows without one, e.g. HZ{yyyy}-L{level}-{seq:5} */
                numberPattern?: string;
                /** @description certificates: the first {seq} (default 1) */
                numberStart?: number;
            };
            header?: never;
            path: {
                kind: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewDto"];
                };
            };
            /** @description A malformed file (encoding, headers, no rows) or parameter; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: training-institution, evaluation-organisation, employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such batch kind */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Over BATCH_MAX_BYTES or BATCH_MAX_ROWS */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    BatchesController_kinds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchKindsDto"];
                };
            };
            /** @description A malformed file (encoding, headers, no rows) or parameter; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: training-institution, evaluation-organisation, employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    BatchesController_template: {
        parameters: {
            query?: {
                /** @description csv (UTF-8 with BOM) or xlsx */
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                kind: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description A malformed file (encoding, headers, no rows) or parameter; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: training-institution, evaluation-organisation, employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such batch kind */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CertificatesController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                certificateNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeCertificateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: evaluation-organisation, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such certificate */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The current state does not take this event (the message names the state and the allowed events), or a request with the same Idempotency-Key is still in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CertificatesController_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certificateNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: evaluation-organisation, employer, auditor, labour-inspection, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such certificate visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CertificatesController_verify: {
        parameters: {
            query: {
                /** @description the holder's name as printed on the certificate */
                name: string;
                /** @description the certificate number printed on it */
                number: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many verifications from this address; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ClaimsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim; refusals name the rule ids (RULES.md §5) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: specialist, training-institution, evaluation-organisation, employer, social-insurance-agency, labour-inspection, auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such claim visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ClaimsController_confirm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmPaymentDto"];
            };
        };
        responses: {
            /** @description The new state (where rules decided, their RULES.md clause ids are in the context) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: social-insurance-agency; or the caller's organisation is not the claim's agencyId */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such claim visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not approved yet, refused, or already paid */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    EligibilityController_answer: {
        parameters: {
            query?: {
                /** @description versioned rule set to answer with; default heze-2025-07-18 */
                ruleSet?: "heze-2025-07-18";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The eligibility profile of RULES.md §3 */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EligibilityProfileDto"];
            };
        };
        responses: {
            /** @description The answer of RULES.md §3: all five levels, level 5 first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityAnswerDto"];
                };
            };
            /** @description The profile is refused: unknown field, impossible date, bad resident-ID check digit, …; `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: specialist, training-institution, evaluation-organisation, employer, social-insurance-agency, labour-inspection, auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `status: 'ok'` while the process runs; `dependencies` says whether Temporal and the database answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    InboxController_counts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxCountsDto"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: specialist, training-institution, evaluation-organisation, employer, social-insurance-agency, labour-inspection, auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    InboxController_activeLeaves: {
        parameters: {
            query?: {
                /**
                 * @description search: opened on or after this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                from?: string;
                level?: number;
                order?: "asc" | "desc";
                /** @description search, violations, notifications (auditors, inspection): one organisation's items */
                organisation?: string;
                page?: number;
                pageSize?: number;
                /** @description search, violations: one project */
                project?: string;
                /** @description since: how long it has waited (oldest first with order=asc, the default) */
                sort?: "since" | "level" | "state" | "amount";
                /** @description only items in this state (the section's states) */
                state?: string;
                /**
                 * @description search: opened on or before this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description oldest first by default (sort=since, order=asc); paginated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageDto"];
                };
            };
            /** @description A parameter this list does not take (sort, level, organisation, project, from, to): `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    InboxController_candidates: {
        parameters: {
            query?: {
                /**
                 * @description search: opened on or after this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                from?: string;
                level?: number;
                order?: "asc" | "desc";
                /** @description search, violations, notifications (auditors, inspection): one organisation's items */
                organisation?: string;
                page?: number;
                pageSize?: number;
                /** @description search, violations: one project */
                project?: string;
                /** @description since: how long it has waited (oldest first with order=asc, the default) */
                sort?: "since" | "level" | "state" | "amount";
                /** @description only items in this state (the section's states) */
                state?: string;
                /**
                 * @description search: opened on or before this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description oldest first by default (sort=since, order=asc); paginated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageDto"];
                };
            };
            /** @description A parameter this list does not take (sort, level, organisation, project, from, to): `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: evaluation-organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    InboxController_certificates: {
        parameters: {
            query?: {
                /**
                 * @description search: opened on or after this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                from?: string;
                level?: number;
                order?: "asc" | "desc";
                /** @description search, violations, notifications (auditors, inspection): one organisation's items */
                organisation?: string;
                page?: number;
                pageSize?: number;
                /** @description search, violations: one project */
                project?: string;
                /** @description since: how long it has waited (oldest first with order=asc, the default) */
                sort?: "since" | "level" | "state" | "amount";
                /** @description only items in this state (the section's states) */
                state?: string;
                /**
                 * @description search: opened on or before this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description oldest first by default (sort=since, order=asc); paginated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageDto"];
                };
            };
            /** @description A parameter this list does not take (sort, level, organisation, project, from, to): `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: evaluation-organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    InboxController_claims: {
        parameters: {
            query?: {
                /**
                 * @description search: opened on or after this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                from?: string;
                level?: number;
                order?: "asc" | "desc";
                /** @description search, violations, notifications (auditors, inspection): one organisation's items */
                organisation?: string;
                page?: number;
                pageSize?: number;
                /** @description search, violations: one project */
                project?: string;
                /** @description since: how long it has waited (oldest first with order=asc, the default) */
                sort?: "since" | "level" | "state" | "amount";
                /** @description only items in this state (the section's states) */
                state?: string;
                /**
                 * @description search: opened on or before this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description oldest first by default (sort=since, order=asc); paginated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageDto"];
                };
            };
            /** @description A parameter this list does not take (sort, level, organisation, project, from, to): `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    InboxController_enrolmentApplications: {
        parameters: {
            query?: {
                /**
                 * @description search: opened on or after this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                from?: string;
                level?: number;
                order?: "asc" | "desc";
                /** @description search, violations, notifications (auditors, inspection): one organisation's items */
                organisation?: string;
                page?: number;
                pageSize?: number;
                /** @description search, violations: one project */
                project?: string;
                /** @description since: how long it has waited (oldest first with order=asc, the default) */
                sort?: "since" | "level" | "state" | "amount";
                /** @description only items in this state (the section's states) */
                state?: string;
                /**
                 * @description search: opened on or before this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description oldest first by default (sort=since, order=asc); paginated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageDto"];
                };
            };
            /** @description A parameter this list does not take (sort, level, organisation, project, from, to): `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: training-institution */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    InboxController_incentives: {
        parameters: {
            query?: {
                /**
                 * @description search: opened on or after this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                from?: string;
                level?: number;
                order?: "asc" | "desc";
                /** @description search, violations, notifications (auditors, inspection): one organisation's items */
                organisation?: string;
                page?: number;
                pageSize?: number;
                /** @description search, violations: one project */
                project?: string;
                /** @description since: how long it has waited (oldest first with order=asc, the default) */
                sort?: "since" | "level" | "state" | "amount";
                /** @description only items in this state (the section's states) */
                state?: string;
                /**
                 * @description search: opened on or before this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description oldest first by default (sort=since, order=asc); paginated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageDto"];
                };
            };
            /** @description A parameter this list does not take (sort, level, organisation, project, from, to): `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    InboxController_leaveRequests: {
        parameters: {
            query?: {
                /**
                 * @description search: opened on or after this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                from?: string;
                level?: number;
                order?: "asc" | "desc";
                /** @description search, violations, notifications (auditors, inspection): one organisation's items */
                organisation?: string;
                page?: number;
                pageSize?: number;
                /** @description search, violations: one project */
                project?: string;
                /** @description since: how long it has waited (oldest first with order=asc, the default) */
                sort?: "since" | "level" | "state" | "amount";
                /** @description only items in this state (the section's states) */
                state?: string;
                /**
                 * @description search: opened on or before this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description oldest first by default (sort=since, order=asc); paginated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageDto"];
                };
            };
            /** @description A parameter this list does not take (sort, level, organisation, project, from, to): `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    InboxController_notifications: {
        parameters: {
            query?: {
                /**
                 * @description search: opened on or after this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                from?: string;
                level?: number;
                order?: "asc" | "desc";
                /** @description search, violations, notifications (auditors, inspection): one organisation's items */
                organisation?: string;
                page?: number;
                pageSize?: number;
                /** @description search, violations: one project */
                project?: string;
                /** @description since: how long it has waited (oldest first with order=asc, the default) */
                sort?: "since" | "level" | "state" | "amount";
                /** @description only items in this state (the section's states) */
                state?: string;
                /**
                 * @description search: opened on or before this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description oldest first by default (sort=since, order=asc); paginated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageDto"];
                };
            };
            /** @description A parameter this list does not take (sort, level, organisation, project, from, to): `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: social-insurance-agency, labour-inspection, auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    InboxController_payments: {
        parameters: {
            query?: {
                /**
                 * @description search: opened on or after this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                from?: string;
                level?: number;
                order?: "asc" | "desc";
                /** @description search, violations, notifications (auditors, inspection): one organisation's items */
                organisation?: string;
                page?: number;
                pageSize?: number;
                /** @description search, violations: one project */
                project?: string;
                /** @description since: how long it has waited (oldest first with order=asc, the default) */
                sort?: "since" | "level" | "state" | "amount";
                /** @description only items in this state (the section's states) */
                state?: string;
                /**
                 * @description search: opened on or before this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description oldest first by default (sort=since, order=asc); paginated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageDto"];
                };
            };
            /** @description A parameter this list does not take (sort, level, organisation, project, from, to): `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: social-insurance-agency */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    InboxController_results: {
        parameters: {
            query?: {
                /**
                 * @description search: opened on or after this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                from?: string;
                level?: number;
                order?: "asc" | "desc";
                /** @description search, violations, notifications (auditors, inspection): one organisation's items */
                organisation?: string;
                page?: number;
                pageSize?: number;
                /** @description search, violations: one project */
                project?: string;
                /** @description since: how long it has waited (oldest first with order=asc, the default) */
                sort?: "since" | "level" | "state" | "amount";
                /** @description only items in this state (the section's states) */
                state?: string;
                /**
                 * @description search: opened on or before this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description oldest first by default (sort=since, order=asc); paginated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageDto"];
                };
            };
            /** @description A parameter this list does not take (sort, level, organisation, project, from, to): `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: evaluation-organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    InboxController_search: {
        parameters: {
            query?: {
                /**
                 * @description search: opened on or after this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                from?: string;
                level?: number;
                order?: "asc" | "desc";
                /** @description search, violations, notifications (auditors, inspection): one organisation's items */
                organisation?: string;
                page?: number;
                pageSize?: number;
                /** @description search, violations: one project */
                project?: string;
                /** @description since: how long it has waited (oldest first with order=asc, the default) */
                sort?: "since" | "level" | "state" | "amount";
                /** @description only items in this state (the section's states) */
                state?: string;
                /**
                 * @description search: opened on or before this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description oldest first by default (sort=since, order=asc); paginated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageDto"];
                };
            };
            /** @description A parameter this list does not take (sort, level, organisation, project, from, to): `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: labour-inspection, auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    InboxController_trainees: {
        parameters: {
            query?: {
                /**
                 * @description search: opened on or after this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                from?: string;
                level?: number;
                order?: "asc" | "desc";
                /** @description search, violations, notifications (auditors, inspection): one organisation's items */
                organisation?: string;
                page?: number;
                pageSize?: number;
                /** @description search, violations: one project */
                project?: string;
                /** @description since: how long it has waited (oldest first with order=asc, the default) */
                sort?: "since" | "level" | "state" | "amount";
                /** @description only items in this state (the section's states) */
                state?: string;
                /**
                 * @description search: opened on or before this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description oldest first by default (sort=since, order=asc); paginated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageDto"];
                };
            };
            /** @description A parameter this list does not take (sort, level, organisation, project, from, to): `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: training-institution */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    InboxController_violations: {
        parameters: {
            query?: {
                /**
                 * @description search: opened on or after this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                from?: string;
                level?: number;
                order?: "asc" | "desc";
                /** @description search, violations, notifications (auditors, inspection): one organisation's items */
                organisation?: string;
                page?: number;
                pageSize?: number;
                /** @description search, violations: one project */
                project?: string;
                /** @description since: how long it has waited (oldest first with order=asc, the default) */
                sort?: "since" | "level" | "state" | "amount";
                /** @description only items in this state (the section's states) */
                state?: string;
                /**
                 * @description search: opened on or before this day (YYYY-MM-DD)
                 * @example 2026-11-24
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description oldest first by default (sort=since, order=asc); paginated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageDto"];
                };
            };
            /** @description A parameter this list does not take (sort, level, organisation, project, from, to): `field` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: employer, labour-inspection, auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    JourneysController_list: {
        parameters: {
            query?: {
                level?: number;
                organisation?: string;
                page?: number;
                pageSize?: number;
                project?: string;
                state?: "applied" | "enrolled" | "trainingCompleted" | "registering" | "registered" | "passed" | "failed" | "certified" | "subsidyClaimed" | "claimRefused" | "closed" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyPageDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: specialist, training-institution, evaluation-organisation, employer, social-insurance-agency, labour-inspection, auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    JourneysController_open: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenJourneyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenedJourneyDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: employer, specialist */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An open journey for this person and level already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    JourneysController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                journeyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyDetailDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: specialist, training-institution, evaluation-organisation, employer, social-insurance-agency, labour-inspection, auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such journey visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StudyLeaveController_agreedPay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                journeyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreedPayDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreedPayRecordedDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: employer; or the caller's organisation is not the journey's employerId */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such journey or leave visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The journey has ended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    JourneysController_issueCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                journeyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueCertificateDto"];
            };
        };
        responses: {
            /** @description The new state (where rules decided, their RULES.md clause ids are in the context) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: evaluation-organisation; or the caller's organisation is not the journey's evaluationOrganisationId */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such resource visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The journey is not in a state that takes this event */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    JourneysController_enrol: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                journeyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new state (where rules decided, their RULES.md clause ids are in the context) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: training-institution */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such resource visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The journey is not in a state that takes this event */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    JourneysController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                journeyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterForEvaluationDto"];
            };
        };
        responses: {
            /** @description The new state (where rules decided, their RULES.md clause ids are in the context) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: evaluation-organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such resource visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Training not completed yet, or another state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    JourneysController_postResult: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                journeyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostResultDto"];
            };
        };
        responses: {
            /** @description The new state (where rules decided, their RULES.md clause ids are in the context) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: evaluation-organisation; or the caller's organisation is not the journey's evaluationOrganisationId */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such resource visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The journey is not in a state that takes this event */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StudyLeaveController_request: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                journeyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestStudyLeaveDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenedStudyLeaveDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: employer, specialist; or the caller's organisation is not the journey's employerId */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such journey or leave visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A leave starting that day already exists for this journey */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    JourneysController_claim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                journeyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimSubsidyDto"];
            };
        };
        responses: {
            /** @description The new state (where rules decided, their RULES.md clause ids are in the context) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: employer, specialist; or the caller's organisation is not the journey's employerId */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such resource visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No certificate yet, or already claimed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    JourneyTimelineController_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                journeyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: specialist, training-institution, evaluation-organisation, employer, social-insurance-agency, labour-inspection, auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such journey visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    JourneysController_completeTraining: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                journeyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteTrainingDto"];
            };
        };
        responses: {
            /** @description The new state (where rules decided, their RULES.md clause ids are in the context) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: training-institution; or the caller's organisation is not the journey's trainingInstitutionId */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such resource visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The journey is not in a state that takes this event */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    JourneysController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                journeyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawDto"];
            };
        };
        responses: {
            /** @description The new state (where rules decided, their RULES.md clause ids are in the context) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: employer, specialist; or the caller's organisation is not the journey's employerId */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such resource visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Already certified or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    OrganisationsController_keys: {
        parameters: {
            query?: {
                organisation?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyViewDto"][];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    OrganisationsController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such key */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The current state does not take this event (the message names the state and the allowed events), or a request with the same Idempotency-Key is still in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ProjectsController_notifications: {
        parameters: {
            query?: {
                /** @description a journey's id: its notifications and its processes' */
                journeyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description newest first, at most 500 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"][];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: labour-inspection, auditor, admin, social-insurance-agency */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    OrganisationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationViewDto"][];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    OrganisationsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An organisation with this id or credit code already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    OrganisationsController_issueKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedKeyDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The current state does not take this event (the message names the state and the allowed events), or a request with the same Idempotency-Key is still in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    OrganisationsController_suspend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The current state does not take this event (the message names the state and the allowed events), or a request with the same Idempotency-Key is still in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    OrganisationsController_reinstate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The current state does not take this event (the message names the state and the allowed events), or a request with the same Idempotency-Key is still in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ProjectsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A project with this id exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ProjectsController_incentive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The incentive standing (RULES.md §6) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: specialist, training-institution, evaluation-organisation, employer, social-insurance-agency, labour-inspection, auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such project, or no certified specialist reported yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready: Temporal and the database answer and no migration is pending. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyDto"];
                };
            };
            /** @description Temporal or the database is unreachable, or migrations are pending */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatisticsController_figures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsDto"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: admin, auditor, labour-inspection */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StatisticsController_csv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (UTF-8, with a byte-order mark for spreadsheets) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: admin, auditor, labour-inspection */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StatisticsController_journeys: {
        parameters: {
            query?: {
                agency?: string;
                certifiedMonth?: string;
                claim?: "claimed" | "approved" | "refused" | "paid";
                claimYear?: number;
                /** @description the general contractor employing the specialist */
                contractor?: string;
                /** @description the resident ID area code (6 digits) or none */
                county?: string | "none";
                /** @description journeys in the duration figure */
                durations?: "certificate" | "result";
                evaluationOrganisation?: string;
                /** @description the journey's project's incentive */
                incentive?: "granted" | "blocked" | "withdrawn";
                leaveDeadline?: "met" | "missed";
                level?: number;
                /** @description month of application */
                month?: string;
                page?: number;
                pageSize?: number;
                project?: string;
                refusalRule?: string;
                /** @description the latest result */
                result?: "passed" | "failed" | "any";
                resultDeadline?: "met" | "missed" | "unknown";
                /** @description sat more than once */
                retake?: "true";
                /** @description reached this stage (its date is recorded) */
                stage?: "applied" | "enrolled" | "trained" | "registered" | "result" | "certified" | "closed" | "withdrawn";
                /** @description current state */
                state?: "applied" | "enrolled" | "trainingCompleted" | "registering" | "registered" | "passed" | "failed" | "certified" | "subsidyClaimed" | "claimRefused" | "closed" | "withdrawn";
                violation?: "opened" | "open" | "closed";
                wageProtection?: "opened" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsJourneyPageDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: admin, auditor, labour-inspection */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StudyLeaveController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                leaveId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: specialist, training-institution, evaluation-organisation, employer, social-insurance-agency, labour-inspection, auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such journey or leave visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StudyLeaveController_backPay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                leaveId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BackPayDto"];
            };
        };
        responses: {
            /** @description The new state (where rules decided, their RULES.md clause ids are in the context) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: employer; or the caller's organisation is not the wageProtection's employerId */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such journey or leave visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No open violation, or the component was not short in it (back-pay.component-short) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StudyLeaveController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                leaveId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideLeaveDto"];
            };
        };
        responses: {
            /** @description The new state (where rules decided, their RULES.md clause ids are in the context) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: employer; or the caller's organisation is not the leave's employerId */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such journey or leave visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Already decided or cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StudyLeaveController_end: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                leaveId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new state (where rules decided, their RULES.md clause ids are in the context) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: employer; or the caller's organisation is not the leave's employerId */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such journey or leave visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not active */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StudyLeaveController_payroll: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                leaveId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayrollRecordDto"];
            };
        };
        responses: {
            /** @description The new state (where rules decided, their RULES.md clause ids are in the context) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: employer; or the caller's organisation is not the wageProtection's employerId */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such journey or leave visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The leave was not approved, or its wage protection is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StudyLeaveController_start: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                leaveId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new state (where rules decided, their RULES.md clause ids are in the context) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: employer; or the caller's organisation is not the leave's employerId */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such journey or leave visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not approved, or already active */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StudyLeaveController_wages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                leaveId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: specialist, training-institution, evaluation-organisation, employer, social-insurance-agency, labour-inspection, auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such journey or leave visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                organisation?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserViewDto"][];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedUserDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A user with this login already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    UsersController_disable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisabledUserDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The current state does not take this event (the message names the state and the allowed events), or a request with the same Idempotency-Key is still in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    UsersController_enable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserViewDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The current state does not take this event (the message names the state and the allowed events), or a request with the same Idempotency-Key is still in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    UsersController_resetPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, recommended on every write. 1-200 visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. A retry with the same key and the same request returns the first response (2xx or 4xx) with `Idempotent-Replayed: true` and changes nothing; the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). 5xx and 429 answers are not stored. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedUserDto"];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The current state does not take this event (the message names the state and the allowed events), or a request with the same Idempotency-Key is still in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body larger than 64kb */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request; or: a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it); or: a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many writes for this API key (600 a minute) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CertificatesController_page: {
        parameters: {
            query?: {
                name?: string;
                number?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many verifications from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ProjectsController_violations: {
        parameters: {
            query?: {
                /** @description only open or only closed cases; absent: both */
                status?: "open" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description newest first, at most 500 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViolationCaseDto"][];
                };
            };
            /** @description A field is missing or malformed; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key and no session, an unknown or revoked key, or a session that has ended */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Caller's role is not one of: employer, labour-inspection, auditor, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Temporal or the database is unavailable or timed out; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
