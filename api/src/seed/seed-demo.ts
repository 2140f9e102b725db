import { Logger, type INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { challengeCreateSchema } from '@fairpitch/shared/challenges';
import { InvitationsService } from '../auth/invitations.service.js';
import { UsersService } from '../auth/users.service.js';
import { AmendChallenge } from '../challenges/amend-challenge.use-case.js';
import { ChallengesService } from '../challenges/challenges.service.js';
import { PublishChallenge } from '../challenges/publish-challenge.use-case.js';
import { QuestionsService } from '../challenges/questions.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { asActor } from './demo-actor.js';
import { DEMO_COMPANIES, demoChallenges } from './demo-challenges.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';
import { seedDecidedChallenge } from './demo-decided-challenge.js';
import { decidedEntryContent } from './demo-decided-data.js';

const JURORS = ['juror1@fairpitch.local', 'juror2@fairpitch.local', 'juror3@fairpitch.local'];

/** Seeds the demo data once, through the same services people use; running it again changes nothing. */
export async function seedDemoData(app: INestApplicationContext): Promise<void> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const users = app.get(UsersService);
  const log = new Logger('Seed');

  for (const demo of DEMO_USERS) {
    if (await users.findByEmail(demo.email)) continue;
    await dataSource.transaction((manager) =>
      users.create({ email: demo.email, name: demo.name, password: DEMO_PASSWORD, globalRole: demo.globalRole }, manager),
    );
    log.log(`demo user ${demo.email}`);
  }
  const actor = async (email: string) => asActor((await users.findByEmail(email))!);

  const organisations = app.get(OrganisationsService);
  for (const company of DEMO_COMPANIES) {
    const exists = (await dataSource.query(
      `SELECT 1 FROM company WHERE cvr = $1 OR (country = $2 AND registration_number = $3)`,
      [company.input.cvr ?? null, company.input.country, company.input.registrationNumber ?? null],
    )) as unknown[];
    if (exists.length) continue;
    await organisations.register(await actor(company.owner), company.input);
  }

  const organiser = await actor('organiser@fairpitch.local');
  const challenges = app.get(ChallengesService);
  const questions = app.get(QuestionsService);
  for (const demo of demoChallenges(Date.now())) {
    const exists = (await dataSource.query(`SELECT 1 FROM challenge WHERE title = $1`, [demo.input.title])) as unknown[];
    if (exists.length) continue;
    const created = await challenges.create(organiser, challengeCreateSchema.parse(demo.input));
    await app.get(PublishChallenge).execute(organiser, created.id).catch((error: unknown) => {
      throw new Error(`demo challenge "${demo.input.title}" could not be published: ${JSON.stringify((error as { fields?: unknown }).fields ?? String(error))}`);
    });
    if (demo.jurors) {
      for (const email of JURORS) {
        await app.get(InvitationsService).invite(organiser, { email, name: email, role: 'juror', challengeId: created.id, preAuthorised: true });
      }
    }
    for (const q of demo.questions) {
      const asker = await actor(q.from);
      const [companyId] = await organisations.companyIdsOf(asker.id);
      const asked = await questions.ask(asker, created.id, { text: q.text, companyId });
      await questions.answer(organiser, asked.id, { text: q.answer });
    }
    if (demo.amendment) await app.get(AmendChallenge).execute(organiser, created.id, demo.amendment);
    log.log(`demo challenge "${demo.input.title}"`);
  }

  const companyOf = async (cvrOrNumber: string) =>
    ((await dataSource.query(`SELECT id FROM company WHERE cvr = $1 OR registration_number = $1`, [cvrOrNumber])) as { id: string }[])[0]!.id;
  await seedDecidedChallenge(app, {
    organiser,
    jurors: await Promise.all(JURORS.map(actor)),
    companies: [
      { owner: await actor('startup@fairpitch.local'), companyId: await companyOf('38512706'), content: decidedEntryContent('Høringsdata', 180_000, ['DK']) },
      { owner: await actor('startup2@fairpitch.local'), companyId: await companyOf('41273852'), content: decidedEntryContent('Referat Robotics', 240_000, ['SE']) },
      { owner: await actor('startup2@fairpitch.local'), companyId: await companyOf('HRB 219876'), content: decidedEntryContent('Protokoll KI', 150_000, ['DE']) },
    ],
  });
}
