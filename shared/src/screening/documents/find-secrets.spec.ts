import { describe, expect, it } from 'vitest';
import { findSecrets, maskSecret } from './find-secrets.js';

// Token-shaped strings are assembled at run time so that this file itself never looks like a
// leaked secret to a scanner.
const githubToken = ['gh', 'p_', 'A1b2C3d4E5'.repeat(4)].join('');
const awsKey = ['AK', 'IA', 'Q3EGRTQ7KZ5XH2MN'].join('');
const slackToken = ['xo', 'xb-', '1234567890-abcdefghijkl'].join('');
const jwt = ['ey', 'JhbGciOiJIUzI1NiJ9', '.', 'ey', 'JzdWIiOiIxMjM0NTY3ODkwIn0', '.', 'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'].join('');

describe('findSecrets', () => {
  it('finds a PEM private key and masks the start of its body', () => {
    const text = `intro\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx\n-----END RSA PRIVATE KEY-----`;
    expect(findSecrets(text, 'key.txt')).toEqual([{ kind: 'private-key', line: 2, column: 1, masked: 'MIIE****' }]);
  });

  it('finds OpenSSH and unlabelled private keys too', () => {
    expect(findSecrets('-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl', 'id').map((hit) => hit.kind)).toEqual(['private-key']);
    expect(findSecrets('-----BEGIN PRIVATE KEY-----', 'id').map((hit) => hit.kind)).toEqual(['private-key']);
  });

  it('ignores public keys and certificates', () => {
    expect(findSecrets('-----BEGIN PUBLIC KEY-----\n-----BEGIN CERTIFICATE-----', 'pem')).toEqual([]);
  });

  it('finds cloud and chat tokens with their line and column, masked', () => {
    const text = `line one\nconfig: ${awsKey}\ntoken ${githubToken} and ${slackToken}\nAuthorization: Bearer ${jwt}`;
    const hits = findSecrets(text, 'notes.txt');
    expect(hits.map((hit) => [hit.kind, hit.line, hit.column])).toEqual([
      ['aws-access-key-id', 2, 9],
      ['github-token', 3, 7],
      ['slack-token', 3, 7 + githubToken.length + 5],
      ['jwt', 4, 23],
    ]);
    expect(hits[0]!.masked).toBe('AKIA****');
  });

  it('never puts the secret itself in the hit', () => {
    for (const hit of findSecrets(`${githubToken}\nDB_PASSWORD=Sup3rS3cretPassw0rd!`, '.env')) {
      expect(hit.masked).toMatch(/\*\*\*\*$/);
      expect(hit.masked).not.toContain('Sup3rS3cret');
      expect(hit.masked).not.toContain(githubToken.slice(4));
    }
  });

  it('skips the example key from the AWS documentation', () => {
    expect(findSecrets(['AKIA', 'IOSFODNN7', 'EXAMPLE'].join(''), 'readme.md')).toEqual([]);
  });

  it('finds password and secret assignments in .env style text', () => {
    const env = ['# database', 'DB_HOST=localhost', 'DB_PASSWORD=hunter2hunter2', 'export API_KEY="k-1234567890"', 'JWT_SECRET=abc123def', 'password=letmein'].join('\n');
    const hits = findSecrets(env, '.env');
    expect(hits.map((hit) => [hit.line, hit.masked])).toEqual([
      [3, 'DB_PASSWORD=hunt****'],
      [4, 'API_KEY=k-12****'],
      [5, 'JWT_SECRET=a****'],
      [6, 'password=l****'],
    ]);
  });

  it('leaves placeholders, references and non-secret names alone', () => {
    const env = ['DB_PASSWORD=', 'DB_PASSWORD=changeme', 'API_KEY=<your key>', 'SECRET=${VAULT_SECRET}', 'TOKEN_URL=https://auth.example.dk/token', 'PASSWORD_LENGTH=12', 'PASSPORT=abcdefgh', 'password = the one we agreed on'].join('\n');
    expect(findSecrets(env, '.env')).toEqual([]);
  });

  it('reads key: value pairs only in YAML and JSON files', () => {
    expect(findSecrets('  password: s3cr3tvalue', 'config.yml').map((hit) => hit.kind)).toEqual(['password-assignment']);
    expect(findSecrets('  "apiKey": "abcd1234efgh",', 'settings.json').map((hit) => hit.masked)).toEqual(['apiKey=abcd****']);
    expect(findSecrets('Password: see the vault', 'notes.txt')).toEqual([]);
  });

  it('stays fast on a long line without secrets', () => {
    const started = Date.now();
    findSecrets(`${'eyJ'.repeat(30_000)} ${'a'.repeat(500_000)}`, 'big.txt');
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe('maskSecret', () => {
  it('shows four characters of a long secret and one of a short one', () => {
    expect(maskSecret('abcdefghijklmnop')).toBe('abcd****');
    expect(maskSecret('short1')).toBe('s****');
  });
});
