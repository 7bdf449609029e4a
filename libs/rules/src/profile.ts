/**
 * The profile: the one input the eligibility rules read (RULES.md §3 "The profile"), the public
 * contract of the HTTP body and of the command line alike. Extra fields are refused, not ignored.
 */
import { z } from 'zod';
import { compareDates, isValidIsoDate, type IsoDate } from './dates';
import { validateResidentId } from './identifiers';

export const SKILL_LEVELS = [5, 4, 3, 2, 1] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export const OCCUPATION_RELATIONS = ['this', 'related', 'other'] as const;
export type OccupationRelation = (typeof OCCUPATION_RELATIONS)[number];
export type MajorRelation = OccupationRelation;

export const CERTIFICATE_KINDS = ['skill-level', 'qualification'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export const INSTITUTIONS = [
  'technical-school',
  'senior-technical-school',
  'technician-college',
  'secondary-vocational',
  'higher-vocational',
  'university',
] as const;
export type Institution = (typeof INSTITUTIONS)[number];

export const DIPLOMA_CLASSES = ['ordinary', 'senior-worker', 'pre-technician', 'technician'] as const;
export type DiplomaClass = (typeof DIPLOMA_CLASSES)[number];

export const DIPLOMA_STATUSES = ['graduated', 'graduating', 'enrolled'] as const;
export type DiplomaStatus = (typeof DIPLOMA_STATUSES)[number];

export const TITLE_GRADES = ['junior', 'intermediate', 'senior'] as const;
export type TitleGrade = (typeof TITLE_GRADES)[number];

export const IsoDateSchema = z
  .string({ error: 'expected a date string YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (iss) => `expected a date YYYY-MM-DD, got ${JSON.stringify(iss.input)}` })
  .refine(isValidIsoDate, { error: (iss) => `not a real calendar date: ${JSON.stringify(iss.input)}`, abort: true })
  .meta({ format: 'date', description: 'ISO calendar date YYYY-MM-DD', examples: ['2026-11-24'] });

export const WorkPeriodSchema = z
  .object({
    start: IsoDateSchema.describe('first day worked'),
    end: IsoDateSchema.optional().describe('the day after the last working day (half-open); absent = ongoing'),
    occupation: z.enum(OCCUPATION_RELATIONS).describe('this | related | other occupation; "other" is ignored'),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (isValidIsoDate(p.start) && isValidIsoDate(p.end) && compareDates(p.end, p.start) <= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `end ${p.end} must be after start ${p.start} (periods are half-open [start, end))`,
      });
    }
  });

export const CertificateSchema = z
  .object({
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], {
      error: 'expected a skill level 1, 2, 3, 4 or 5',
    }),
    issued: IsoDateSchema.describe('issue date'),
    occupation: z.enum(OCCUPATION_RELATIONS),
    kind: z.enum(CERTIFICATE_KINDS).optional().describe('职业技能等级 (skill-level) or 职业资格 (qualification)'),
  })
  .strict();

export const DiplomaSchema = z
  .object({
    institution: z.enum(INSTITUTIONS),
    class: z.enum(DIPLOMA_CLASSES).optional().describe('technical-school family only; absent = ordinary'),
    major: z.enum(OCCUPATION_RELATIONS),
    status: z.enum(DIPLOMA_STATUSES),
    assessed: z.boolean().optional().describe('经评估论证的 (L3-6); absent = false'),
    date: IsoDateSchema.optional().describe('graduation date; required when status is graduated'),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.status === 'graduated' && d.date === undefined) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'required when status is "graduated"' });
    }
  });

export const TitleSchema = z
  .object({
    grade: z.enum(TITLE_GRADES),
    majorCorresponds: z.boolean().describe('符合专业对应关系'),
    obtained: IsoDateSchema,
  })
  .strict();

export const EligibilityProfileSchema = z
  .object({
    evaluationDate: IsoDateSchema.describe('the day the answer is for'),
    birthDate: IsoDateSchema.optional().describe('birth date; or give idNumber'),
    idNumber: z
      .string()
      .superRefine((id, ctx) => {
        const v = validateResidentId(id);
        if (!v.ok) ctx.addIssue({ code: 'custom', message: v.reason });
      })
      .optional()
      .describe('18-character resident identity number (GB 11643); birth date read from it'),
    intendsToWorkInOccupation: z.boolean().optional().describe('L5-1; absent = false'),
    workPeriods: z.array(WorkPeriodSchema).optional(),
    certificates: z.array(CertificateSchema).optional(),
    diplomas: z.array(DiplomaSchema).optional(),
    titles: z.array(TitleSchema).optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.birthDate === undefined && p.idNumber === undefined) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'one of birthDate or idNumber is required' });
      return;
    }
    if (p.birthDate !== undefined && p.idNumber !== undefined) {
      const v = validateResidentId(p.idNumber);
      if (v.ok && isValidIsoDate(p.birthDate) && v.birthDate !== p.birthDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['birthDate'],
          message: `${p.birthDate} differs from the birth date in idNumber (${v.birthDate})`,
        });
      }
    }
  })
  .superRefine(nothingBeforeBirth);

/**
 * `profile.not-before-birth`: no work period starts, and no certificate, diploma or title is dated,
 * before the person was born (such a profile cannot be true, whatever the evaluation date).
 */
function nothingBeforeBirth(
  p: {
    birthDate?: string;
    idNumber?: string;
    workPeriods?: Array<{ start: string }>;
    certificates?: Array<{ issued: string }>;
    diplomas?: Array<{ date?: string }>;
    titles?: Array<{ obtained: string }>;
  },
  ctx: z.RefinementCtx,
): void {
  const fromId = p.idNumber === undefined ? undefined : validateResidentId(p.idNumber);
  const birth = p.birthDate ?? (fromId?.ok ? fromId.birthDate : undefined);
  if (!isValidIsoDate(birth)) return;
  const check = (date: string | undefined, path: Array<string | number>, what: string) => {
    if (isValidIsoDate(date) && compareDates(date, birth) < 0) {
      ctx.addIssue({ code: 'custom', path, message: `${what} ${date} is before the birth date ${birth} (profile.not-before-birth)` });
    }
  };
  p.workPeriods?.forEach((w, i) => check(w.start, ['workPeriods', i, 'start'], 'start'));
  p.certificates?.forEach((c, i) => check(c.issued, ['certificates', i, 'issued'], 'issued'));
  p.diplomas?.forEach((d, i) => check(d.date, ['diplomas', i, 'date'], 'date'));
  p.titles?.forEach((t, i) => check(t.obtained, ['titles', i, 'obtained'], 'obtained'));
}

export type EligibilityProfile = z.infer<typeof EligibilityProfileSchema>;
export type WorkPeriod = z.infer<typeof WorkPeriodSchema>;
export type Certificate = z.infer<typeof CertificateSchema>;
export type Diploma = z.infer<typeof DiplomaSchema>;
export type Title = z.infer<typeof TitleSchema>;

/** A refused profile: `field` is a dotted path such as `workPeriods[1].end`; `message` is one line naming it. */
export class ProfileValidationError extends Error {
  override readonly name = 'ProfileValidationError';
  constructor(
    readonly field: string,
    readonly detail: string,
  ) {
    super(`${field || 'profile'}: ${detail}`.replace(/\s*\n\s*/g, ' '));
  }
}

export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function issueToError(issue: z.core.$ZodIssue): ProfileValidationError {
  if (issue.code === 'unrecognized_keys') {
    const field = formatFieldPath([...issue.path, issue.keys[0] ?? '?']);
    return new ProfileValidationError(field, 'unknown field; the profile does not accept it');
  }
  const message = issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  return new ProfileValidationError(formatFieldPath(issue.path), message);
}

/** Validate untrusted input (HTTP body, CLI file) against the profile contract; throws ProfileValidationError. */
export function parseEligibilityProfile(input: unknown): EligibilityProfile {
  const result = EligibilityProfileSchema.safeParse(input);
  if (!result.success) {
    const first = result.error.issues[0];
    throw first ? issueToError(first) : new ProfileValidationError('', 'invalid profile');
  }
  return result.data;
}

/** Every problem of a profile, not only the first (for forms that show all at once). */
export function profileValidationErrors(input: unknown): ProfileValidationError[] {
  const result = EligibilityProfileSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map(issueToError);
}

/** JSON Schema of the profile (input side) for OpenAPI. */
export function eligibilityProfileJsonSchema(options: { target?: 'draft-2020-12' | 'draft-7' | 'openapi-3.0' } = {}): Record<string, unknown> {
  return z.toJSONSchema(EligibilityProfileSchema, { io: 'input', target: options.target ?? 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
}

/** The birth date of a (valid) profile: given, or read from the resident id. */
export function birthDateOf(profile: Pick<EligibilityProfile, 'birthDate' | 'idNumber'>): IsoDate {
  if (profile.birthDate !== undefined) return profile.birthDate;
  if (profile.idNumber !== undefined) {
    const v = validateResidentId(profile.idNumber);
    if (v.ok) return v.birthDate;
    throw new ProfileValidationError('idNumber', v.reason);
  }
  throw new ProfileValidationError('birthDate', 'one of birthDate or idNumber is required');
}
