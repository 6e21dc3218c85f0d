// Writes the forms glue's table of field types (FIELD_TYPES in www/mestring-forms.js) from the
// package's own declarations, src/types.d.ts: which input paths of each check are booleans,
// numbers, lists and dates. The glue reads a control by its path's type, so a form needs no
// data-mestring-type. `node scripts/field-types.mjs` rewrites the table; `--check` fails when
// it differs from what src/types.d.ts says (run by the package tests).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const ts = createRequire(join(root, 'pkg-tests', 'package.json'))('typescript');

// Each check of the glue and the interface of its input.
const ROOTS = {
  referral: 'Referral',
  mentorAgreement: 'MentorAgreement',
  internshipAgreement: 'InternshipAgreement',
  supplierAgreement: 'SupplierAgreement',
  plan: 'PlanInput',
  caseload: 'MentorCaseload',
};

export function fieldTypes() {
  const file = join(root, 'src', 'types.d.ts');
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const decls = new Map();
  for (const s of sf.statements) if ((ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name) decls.set(s.name.text, s);

  const out = {};
  for (const [check, name] of Object.entries(ROOTS)) {
    const table = {};
    walkMembers(decls.get(name).members, '', table, 0);
    out[check] = Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
  }
  return out;

  function walkMembers(members, prefix, table, depth) {
    for (const m of members ?? []) {
      if (!ts.isPropertySignature(m) || !m.type || !m.name || !ts.isIdentifier(m.name)) continue;
      walkType(m.type, prefix + m.name.text, table, depth);
    }
  }

  function walkType(node, path, table, depth) {
    if (depth > 8) return;
    const members = ts.isUnionTypeNode(node) ? node.types : [node];
    const kinds = members.filter((n) => !(ts.isLiteralTypeNode(n) && n.literal.kind === ts.SyntaxKind.NullKeyword) && n.kind !== ts.SyntaxKind.UndefinedKeyword);
    const has = (kind) => kinds.some((n) => n.kind === kind);
    const array = kinds.find((n) => ts.isArrayTypeNode(n) || (ts.isTypeReferenceNode(n) && n.typeName.getText() === 'Array'));
    if (has(ts.SyntaxKind.BooleanKeyword)) table[path] = 'boolean';
    else if (has(ts.SyntaxKind.NumberKeyword)) table[path] = 'number';
    else if (kinds.some((n) => ts.isTypeReferenceNode(n) && n.typeName.getText() === 'IsoDate')) table[path] = 'date';
    if (array) {
      const element = ts.isArrayTypeNode(array) ? array.elementType : array.typeArguments[0];
      const target = resolve(element);
      if (target) walkMembers(target, `${path}.*.`, table, depth + 1);
      else if (!table[path]) table[path] = 'list';
      if (!table[path] && target) table[path] = 'list';
    }
    for (const n of kinds) {
      const target = n === array ? null : resolve(n);
      if (target) walkMembers(target, `${path}.`, table, depth + 1);
    }
  }

  /** The members of an object type (a literal, or an interface of the file), else null. */
  function resolve(n) {
    if (ts.isTypeLiteralNode(n)) return n.members;
    if (ts.isTypeReferenceNode(n)) {
      const d = decls.get(n.typeName.getText());
      if (d && ts.isInterfaceDeclaration(d)) return d.members;
      if (d && ts.isTypeAliasDeclaration(d) && ts.isTypeLiteralNode(d.type)) return d.type.members;
    }
    return null;
  }
}

const GLUE = join(root, 'www', 'mestring-forms.js');
const BLOCK = /(\/\/ BEGIN FIELD_TYPES[^\n]*\n)[\s\S]*?(\/\/ END FIELD_TYPES)/;

export function rendered() {
  const table = fieldTypes();
  const body = Object.entries(table).map(([check, paths]) => `  ${check}: {\n${Object.entries(paths).map(([p, t]) => `    '${p}': '${t}',`).join('\n')}\n  },`).join('\n');
  return `export const FIELD_TYPES = {\n${body}\n};\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const glue = readFileSync(GLUE, 'utf8');
  if (!BLOCK.test(glue)) throw new Error('field-types: no FIELD_TYPES block in www/mestring-forms.js');
  const next = glue.replace(BLOCK, (_, begin, end) => begin + rendered() + end);
  if (process.argv.includes('--check')) {
    if (next !== glue) {
      console.error('field-types: FIELD_TYPES in www/mestring-forms.js differs from src/types.d.ts; run node scripts/field-types.mjs');
      process.exit(1);
    }
  } else writeFileSync(GLUE, next);
}
