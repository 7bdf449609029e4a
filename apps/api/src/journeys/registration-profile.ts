import { BadRequestException, UnprocessableEntityException } from '@nestjs/common';
import { isValidIsoDate, validateResidentId } from '@heze/rules';

/**
 * The registration profile as it may enter the journey's history (RULES.md §1: never a whole
 * resident ID there). An `idNumber` is checked here, at the edge: its check digit must verify and it
 * must name the journey's own person (same HMAC person key); then only what the rules read from it,
 * the birth date, goes on. The rules judge `birthDate` exactly as the birth date inside `idNumber`.
 */
export function registrationProfile(
  profile: Record<string, unknown>,
  journeyPersonKey: string,
  personKeyOf: (residentId: string) => string,
): Record<string, unknown> {
  if (!('idNumber' in profile)) return profile;
  const { idNumber, ...rest } = profile;
  const v = validateResidentId(idNumber);
  if (!v.ok) throw new BadRequestException({ field: 'profile.idNumber', message: `profile.idNumber: ${v.reason}` });
  if (personKeyOf(idNumber as string) !== journeyPersonKey) {
    throw new UnprocessableEntityException({
      field: 'profile.idNumber',
      message: "profile.idNumber: names another person than the journey's; nothing was registered",
    });
  }
  // The rules refuse a birthDate that differs from the ID's; say it here, where the ID still is.
  if (rest.birthDate !== undefined && isValidIsoDate(rest.birthDate) && rest.birthDate !== v.birthDate) {
    throw new BadRequestException({ field: 'profile.birthDate', message: `profile.birthDate: ${rest.birthDate} differs from the birth date in profile.idNumber` });
  }
  return { ...rest, birthDate: rest.birthDate ?? v.birthDate };
}
