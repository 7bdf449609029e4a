import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import type { Role } from '../../machines/src/actor';
import { makeCreditCode } from '../../rules/src/identifiers';
import { issueApiKey } from './api-keys';
import { OrganisationRecord, ProjectRecord } from './entities';

export interface DemoKey {
  role: Role;
  organisationId: string | null;
  organisationName: string;
  apiKey: string;
  keyId: string;
}

export interface DemoParties {
  projectId: string;
  keys: DemoKey[];
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

/**
 * Creates the demo parties once and returns their keys. Keys are stored hashed, so their clear text
 * exists only in the returned value and in `keysFile` (for `npm run demo`), written with mode 0600.
 */
export async function seedDemoParties(ds: DataSource, keysFile: string): Promise<{ created: boolean; parties: DemoParties }> {
  const orgs = ds.getRepository(OrganisationRecord);
  if ((await orgs.countBy({ id: DEMO_ORGANISATIONS[0].id })) > 0 && fs.existsSync(keysFile)) {
    return { created: false, parties: JSON.parse(fs.readFileSync(keysFile, 'utf8')) as DemoParties };
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
  const parties: DemoParties = { projectId: DEMO_PROJECT_ID, keys };
  fs.mkdirSync(path.dirname(keysFile), { recursive: true });
  fs.writeFileSync(keysFile, JSON.stringify(parties, null, 2), { mode: 0o600 });
  return { created: true, parties };
}
