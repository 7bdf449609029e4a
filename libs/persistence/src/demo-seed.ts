import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import type { Role } from '@heze/machines';
import { makeCreditCode } from '@heze/rules';
import { insertUser } from './accounts';
import { issueApiKey } from './api-keys';
import { OrganisationRecord, ProjectRecord, UserRecord } from './entities';
import { generatePassword, hashPassword } from './passwords';

export interface DemoKey {
  role: Role;
  organisationId: string | null;
  organisationName: string;
  apiKey: string;
  keyId: string;
}

/** A demo person who signs in (issue 15): one per demo party. */
export interface DemoUser {
  role: Role;
  organisationId: string;
  login: string;
  name: string;
  password: string;
}

export interface DemoParties {
  projectId: string;
  keys: DemoKey[];
  /** Absent in files written before issue 15: added at the next start. */
  users?: DemoUser[];
}

// Made-up organisations; the credit codes are generated with a valid GB 32100 check character.
const DEMO_ORGANISATIONS: Array<{ id: string; name: string; role: Role; codeBody: string }> = [
  { id: 'demo-training', name: 'Heze Vocational Training Centre (demo)', role: 'training-institution', codeBody: '52371700MJD000001' },
  { id: 'demo-evaluation', name: 'Shandong Labour Relations Evaluation Org (demo)', role: 'evaluation-organisation', codeBody: '51370000MJD000002' },
  { id: 'demo-contractor', name: 'Heze Construction General Contractor Co. (demo)', role: 'employer', codeBody: '91371700MA3D00003' },
  { id: 'demo-agency', name: 'Heze Social Insurance Agency (demo)', role: 'social-insurance-agency', codeBody: '12371700MB0000004' },
  { id: 'demo-auditor', name: 'Heze Wage Arrears Office (demo auditor)', role: 'auditor', codeBody: '11371700MB0000005' },
  { id: 'demo-inspection', name: 'Heze Labour Inspection (demo)', role: 'labour-inspection', codeBody: '11371700MB0000006' },
  { id: 'demo-admin', name: 'Heze Programme Office (demo administrator)', role: 'admin', codeBody: '11371700MB0000007' },
];
export const DEMO_PROJECT_ID = 'demo-project-1';

/** Made-up people, one per demo organisation; the login is the organisation's id. */
const DEMO_PEOPLE: Record<string, string> = {
  'demo-training': '李华',
  'demo-evaluation': '赵敏',
  'demo-contractor': '王芳',
  'demo-agency': '陈刚',
  'demo-auditor': '刘洋',
  'demo-inspection': '孙强',
  'demo-admin': '周静',
};

/** One user per demo party with a fresh password (an existing demo login gets the new password). */
async function seedDemoUsers(ds: DataSource): Promise<DemoUser[]> {
  const users: DemoUser[] = [];
  for (const o of DEMO_ORGANISATIONS) {
    const password = generatePassword(16);
    const login = o.id;
    const name = DEMO_PEOPLE[o.id] ?? o.name;
    const existing = await ds.getRepository(UserRecord).findOneBy({ login });
    if (existing) await ds.getRepository(UserRecord).update({ id: existing.id }, { passwordHash: await hashPassword(password), disabledAt: null });
    else await insertUser(ds, { organisationId: o.id, login, name, password, mustChangePassword: false });
    users.push({ role: o.role, organisationId: o.id, login, name, password });
  }
  return users;
}

/**
 * Creates the demo parties once and returns their keys and their people (one user each, issue 15).
 * Keys and passwords are stored hashed, so their clear text exists only in the returned value and in
 * `keysFile` (for `npm run demo`), written with mode 0600.
 */
export async function seedDemoParties(ds: DataSource, keysFile: string): Promise<{ created: boolean; usersCreated: boolean; parties: DemoParties }> {
  const orgs = ds.getRepository(OrganisationRecord);
  if ((await orgs.countBy({ id: DEMO_ORGANISATIONS[0].id })) > 0 && fs.existsSync(keysFile)) {
    const parties = JSON.parse(fs.readFileSync(keysFile, 'utf8')) as DemoParties;
    if (parties.users) return { created: false, usersCreated: false, parties };
    // Demo parties made before there were users: add their people once.
    parties.users = await seedDemoUsers(ds);
    fs.writeFileSync(keysFile, JSON.stringify(parties, null, 2), { mode: 0o600 });
    return { created: false, usersCreated: true, parties };
  }
  const now = new Date().toISOString();
  const keys: DemoKey[] = [];
  await ds.transaction(async (tx) => {
    for (const o of DEMO_ORGANISATIONS) {
      await tx.getRepository(OrganisationRecord).upsert(
        { id: o.id, name: o.name, role: o.role, creditCode: makeCreditCode(o.codeBody), createdAt: now },
        ['id'],
      );
    }
    await tx.getRepository(ProjectRecord).upsert(
      { id: DEMO_PROJECT_ID, contractorId: 'demo-contractor', name: 'Heze East Station Housing (demo)', wageGuaranteeSystemsImplemented: true, createdAt: now },
      ['id'],
    );
  });
  for (const o of DEMO_ORGANISATIONS) {
    const k = await issueApiKey(ds, { role: o.role, organisationId: o.id, label: `demo ${o.role}` });
    keys.push({ role: o.role, organisationId: o.id, organisationName: o.name, ...k });
  }
  const parties: DemoParties = { projectId: DEMO_PROJECT_ID, keys, users: await seedDemoUsers(ds) };
  fs.mkdirSync(path.dirname(keysFile), { recursive: true });
  fs.writeFileSync(keysFile, JSON.stringify(parties, null, 2), { mode: 0o600 });
  return { created: true, usersCreated: true, parties };
}
