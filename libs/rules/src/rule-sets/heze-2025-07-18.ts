/**
 * Rule set `heze-2025-07-18`: the Heze notice of 2025-07-18 and its attachment (application
 * conditions of the national occupational-standard rules, 2023 edition), as read in RULES.md §3
 * including every [decision]. Data only; the engine is in ../eligibility.ts.
 */
import type { RuleSet } from '../rule-set';

const GRADUATED_OR_GRADUATING = ['graduated', 'graduating'] as const; // 含在读应届毕业生

export const hezeRuleSet20250718: RuleSet = {
  id: 'heze-2025-07-18',
  title: '菏泽市工程建设领域劳资专管员劳动关系协调师职业技能等级认定',
  source: 'notice-heze-2025-07-18.zh.md, attachment 申请参加职业技能评价的条件 (国家职业标准编制技术规程 2023年版)',
  issued: '2025-07-18',
  occupation: {
    name: '劳动关系协调员/劳动关系协调师',
    // [decision] configuration: the specialist's own work counts as related (RULES.md §3 terms);
    // the other entries are the programme office's list, to be confirmed against the standard.
    related: ['劳资专管员', '企业人力资源管理师', '劳动保障协理员'],
    counts: ['this', 'related'],
  },
  majors: {
    this: ['劳动关系', '劳动与社会保障'],
    // [decision] configuration, to be confirmed by the programme office.
    related: ['人力资源管理', '劳动经济学', '工程管理', '建设工程管理', '法学'],
    counts: ['this', 'related'],
  },
  levels: [
    {
      level: 5,
      name: '五级/初级工',
      offered: false, // the Heze programme offers levels 4 to 1; level 5 is still computed
      clauses: [
        { id: 'L5-1', source: '年满16周岁，拟从事本职业或相关职业工作', parts: [{ kind: 'age', atLeast: 16 }, { kind: 'intends' }] },
        {
          id: 'L5-2',
          source: '年满16周岁，从事本职业或相关职业工作',
          parts: [{ kind: 'age', atLeast: 16 }, { kind: 'worksInOccupation' }],
        },
      ],
    },
    {
      level: 4,
      name: '四级/中级工',
      offered: true,
      clauses: [
        { id: 'L4-1', source: '累计从事本职业或相关职业工作满5年', parts: [{ kind: 'service', years: 5 }] },
        {
          id: 'L4-2',
          source: '取得本职业或相关职业五级/初级工职业资格（职业技能等级）证书后，累计从事本职业或相关职业工作满3年',
          parts: [{ kind: 'service', years: 3, since: { certificateLevel: 5 } }],
        },
        {
          id: 'L4-3',
          source: '取得本专业或相关专业的技工院校或中等及以上职业院校、专科及以上普通高等学校毕业证书（含在读应届毕业生）',
          parts: [
            {
              kind: 'diploma',
              label: 'diploma (or graduating) in this or a related major from a technical school, a secondary-or-higher vocational school or a university',
              institutions: [
                'technical-school',
                'senior-technical-school',
                'technician-college',
                'secondary-vocational',
                'higher-vocational',
                'university',
              ],
              statuses: GRADUATED_OR_GRADUATING,
              major: 'this-or-related',
            },
          ],
        },
      ],
    },
    {
      level: 3,
      name: '三级/高级工',
      offered: true,
      clauses: [
        { id: 'L3-1', source: '累计从事本职业或相关职业工作满10年', parts: [{ kind: 'service', years: 10 }] },
        {
          id: 'L3-2',
          source: '取得本职业或相关职业四级/中级工职业资格（职业技能等级）证书后，累计从事本职业或相关职业工作满4年',
          parts: [{ kind: 'service', years: 4, since: { certificateLevel: 4 } }],
        },
        {
          id: 'L3-3',
          source: '取得符合专业对应关系的初级职称（专业技术人员职业资格）后，累计从事本职业或相关职业工作满1年',
          parts: [{ kind: 'service', years: 1, since: { title: 'junior' } }],
        },
        {
          id: 'L3-4',
          source: '取得本专业或相关专业的技工院校高级工班及以上毕业证书（含在读应届毕业生）',
          parts: [
            {
              kind: 'diploma',
              label: "diploma (or graduating) in this or a related major of a technical school's senior-worker class or above",
              institutions: ['technical-school', 'senior-technical-school', 'technician-college'],
              // [decision] 高级工班及以上: for every technical-school institution the class must be one of these
              classes: ['senior-worker', 'pre-technician', 'technician'],
              statuses: GRADUATED_OR_GRADUATING,
              major: 'this-or-related',
            },
          ],
        },
        {
          id: 'L3-5',
          source:
            '取得本职业或相关职业四级/中级工职业资格（职业技能等级）证书，并取得高等职业学校、专科及以上普通高等学校本专业或相关专业毕业证书（含在读应届毕业生）',
          parts: [
            { kind: 'certificate', level: 4 },
            {
              kind: 'diploma',
              label: 'diploma (or graduating) in this or a related major from a higher vocational school or a university',
              institutions: ['higher-vocational', 'university'],
              statuses: GRADUATED_OR_GRADUATING,
              major: 'this-or-related',
            },
          ],
        },
        {
          id: 'L3-6',
          source: '取得经评估论证的高等职业学校、专科及以上普通高等学校本专业或相关专业的毕业证书（含在读应届毕业生）',
          parts: [
            {
              kind: 'diploma',
              label: 'diploma (or graduating) in this or a related major from an assessed-and-validated higher vocational school or university',
              institutions: ['higher-vocational', 'university'],
              statuses: GRADUATED_OR_GRADUATING,
              major: 'this-or-related',
              assessed: true,
            },
          ],
        },
      ],
    },
    {
      level: 2,
      name: '二级/技师',
      offered: true,
      clauses: [
        {
          id: 'L2-1',
          source: '取得本职业或相关职业三级/高级工职业资格（职业技能等级）证书后，累计从事本职业或相关职业工作满5年',
          parts: [{ kind: 'service', years: 5, since: { certificateLevel: 3 } }],
        },
        {
          id: 'L2-2',
          source:
            '取得符合专业对应关系的初级职称（专业技术人员职业资格）后，累计从事本职业或相关职业工作满5年，并在取得本职业或相关职业三级/高级工职业资格（职业技能等级）证书后，从事本职业或相关职业工作满1年',
          parts: [
            { kind: 'service', years: 5, since: { title: 'junior' } },
            { kind: 'service', years: 1, since: { certificateLevel: 3 } },
          ],
        },
        {
          id: 'L2-3',
          source: '取得符合专业对应关系的中级职称（专业技术人员职业资格）后，累计从事本职业或相关职业工作满1年',
          parts: [{ kind: 'service', years: 1, since: { title: 'intermediate' } }],
        },
        {
          id: 'L2-4',
          source: '取得本职业或相关职业三级/高级工职业资格（职业技能等级）证书的高级技工学校、技师学院毕业生，累计从事本职业或相关职业工作满2年',
          parts: [
            { kind: 'certificate', level: 3 },
            {
              kind: 'diploma',
              // [decision] 毕业生 without 含在读应届毕业生: graduated only; no major named: any major
              label: 'graduated diploma (any major) of a senior technical school or technician college',
              institutions: ['senior-technical-school', 'technician-college'],
              statuses: ['graduated'],
              major: 'any',
            },
            { kind: 'service', years: 2 },
          ],
        },
        {
          id: 'L2-5',
          source: '取得本职业或相关职业三级/高级工职业资格（职业技能等级）证书满2年的技师学院预备技师班、技师班学生',
          parts: [
            { kind: 'certificateHeldYears', level: 3, years: 2 },
            {
              kind: 'diploma',
              // [decision] the student is an enrolled diploma entry; any major
              label: "enrolment (any major) in a technician college's pre-technician or technician class",
              institutions: ['technician-college'],
              classes: ['pre-technician', 'technician'],
              statuses: ['enrolled'],
              major: 'any',
            },
          ],
        },
      ],
    },
    {
      level: 1,
      name: '一级/高级技师',
      offered: true,
      clauses: [
        {
          id: 'L1-1',
          source: '取得本职业或相关职业二级/技师职业资格（职业技能等级）证书后，累计从事本职业或相关职业工作满5年',
          parts: [{ kind: 'service', years: 5, since: { certificateLevel: 2 } }],
        },
        {
          id: 'L1-2',
          source:
            '取得符合专业对应关系的中级职称后，累计从事本职业或相关职业工作满5年，并在取得本职业或相关职业二级/技师职业资格（职业技能等级）证书后，从事本职业或相关职业工作满1年',
          parts: [
            { kind: 'service', years: 5, since: { title: 'intermediate' } },
            { kind: 'service', years: 1, since: { certificateLevel: 2 } },
          ],
        },
        {
          id: 'L1-3',
          source: '取得符合专业对应关系的高级职称（专业技术人员职业资格）后，累计从事本职业或相关职业工作满1年',
          parts: [{ kind: 'service', years: 1, since: { title: 'senior' } }],
        },
      ],
    },
  ],
};
