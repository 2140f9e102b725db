import type { RouteRecordRaw } from 'vue-router';
import type { GlobalRole } from '@fairpitch/shared/accounts';
import HomePage from '../pages/HomePage.vue';

declare module 'vue-router' {
  interface RouteMeta {
    requiresAuth?: boolean;
    requiredRole?: GlobalRole;
    /** Send signed-in readers on (the login page is pointless to them). */
    guestOnly?: boolean;
  }
}

// One page component per route; pages that belong in the menu also have an entry in ../navigation.ts.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage },
  { path: '/challenges', name: 'challenges', component: () => import('../pages/ChallengesPage.vue') },
  { path: '/challenges/:id', name: 'challenge', component: () => import('../pages/ChallengeDetailPage.vue'), props: true },
  { path: '/companies', name: 'companies', component: () => import('../pages/companies/MyCompaniesPage.vue'), meta: { requiresAuth: true } },
  { path: '/companies/new', name: 'company-new', component: () => import('../pages/companies/CompanyNewPage.vue'), meta: { requiresAuth: true } },
  { path: '/companies/:id', name: 'company', component: () => import('../pages/companies/CompanyPage.vue'), props: true, meta: { requiresAuth: true } },
  { path: '/entries', name: 'entries', component: () => import('../pages/entries/MyEntriesPage.vue'), meta: { requiresAuth: true } },
  { path: '/entries/:id', name: 'entry', component: () => import('../pages/entries/EntryEditorPage.vue'), props: true, meta: { requiresAuth: true } },
  {
    path: '/entries/:id/screening',
    name: 'entry-screening',
    component: () => import('../pages/entries/EntryScreeningPage.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  { path: '/entries/:id/feedback', name: 'entry-feedback', component: () => import('../pages/entries/EntryFeedbackPage.vue'), props: true, meta: { requiresAuth: true } },
  // Jurors hold their role per challenge: the jury area needs a sign-in, and says when there is nothing to judge.
  { path: '/jury', name: 'jury', component: () => import('../pages/jury/JuryPage.vue'), meta: { requiresAuth: true } },
  {
    path: '/jury/challenges/:challengeId/conflicts',
    name: 'jury-conflicts',
    component: () => import('../pages/jury/JuryConflictsPage.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    path: '/jury/challenges/:challengeId/pairwise',
    name: 'jury-pairwise',
    component: () => import('../pages/jury/JuryPairwisePage.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    path: '/jury/challenges/:challengeId/consensus',
    name: 'jury-consensus',
    component: () => import('../pages/jury/JuryConsensusPage.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  { path: '/jury/entries/:entryId', name: 'jury-entry', component: () => import('../pages/jury/JuryEntryPage.vue'), props: true, meta: { requiresAuth: true } },
  // Co-organisers and jurors hold their role per challenge, not globally: the workspace needs a
  // sign-in, and the API decides per challenge. Creating a challenge is for municipal staff.
  { path: '/organiser', name: 'organiser', component: () => import('../pages/OrganiserPage.vue'), meta: { requiresAuth: true } },
  {
    path: '/organiser/challenges/new',
    name: 'organiser-new',
    component: () => import('../pages/OrganiserNewChallengePage.vue'),
    meta: { requiresAuth: true, requiredRole: 'staff' },
  },
  {
    path: '/organiser/challenges/:id',
    component: () => import('../pages/OrganiserChallengePage.vue'),
    props: true,
    meta: { requiresAuth: true },
    children: [
      { path: '', name: 'organiser-challenge', component: () => import('../pages/organiser/OrganiserOverviewPage.vue') },
      { path: 'amendments', name: 'organiser-amendments', component: () => import('../pages/organiser/OrganiserAmendmentsPage.vue') },
      { path: 'status', name: 'organiser-status', component: () => import('../pages/organiser/OrganiserStatusPage.vue') },
      { path: 'questions', name: 'organiser-questions', component: () => import('../pages/organiser/OrganiserQuestionsPage.vue') },
      { path: 'team', name: 'organiser-team', component: () => import('../pages/organiser/OrganiserTeamPage.vue') },
      { path: 'entries', name: 'organiser-entries', component: () => import('../pages/organiser/OrganiserEntriesPage.vue') },
      { path: 'screening', name: 'organiser-screening', component: () => import('../pages/organiser/OrganiserScreeningPage.vue') },
      {
        path: 'screening/:entryId',
        name: 'organiser-screening-report',
        component: () => import('../pages/organiser/OrganiserScreeningReportPage.vue'),
        props: true,
      },
      { path: 'jury', name: 'organiser-jury', component: () => import('../pages/organiser/OrganiserJuryPage.vue') },
      { path: 'agreement', name: 'organiser-agreement', component: () => import('../pages/organiser/OrganiserAgreementPage.vue') },
      { path: 'consensus', name: 'organiser-consensus', component: () => import('../pages/organiser/OrganiserConsensusPage.vue') },
      { path: 'ranking', name: 'organiser-ranking', component: () => import('../pages/organiser/OrganiserRankingPage.vue') },
      { path: 'exports', name: 'organiser-exports', component: () => import('../pages/organiser/OrganiserExportsPage.vue') },
    ],
  },
  { path: '/login', name: 'login', component: () => import('../pages/LoginPage.vue'), meta: { guestOnly: true } },
  {
    path: '/invitation/:token',
    name: 'invitation',
    component: () => import('../pages/InvitationAcceptPage.vue'),
    props: true,
  },
  { path: '/account', name: 'account', component: () => import('../pages/AccountPage.vue'), meta: { requiresAuth: true } },
  {
    path: '/admin',
    component: () => import('../pages/AdminPage.vue'),
    meta: { requiresAuth: true, requiredRole: 'admin' },
    children: [
      { path: '', name: 'admin', redirect: { name: 'admin-users' } },
      { path: 'users', name: 'admin-users', component: () => import('../pages/admin/AdminUsersPage.vue') },
      { path: 'invite', name: 'admin-invite', component: () => import('../pages/admin/AdminInvitePage.vue') },
      { path: 'mail', name: 'admin-mail', component: () => import('../pages/admin/AdminMailPage.vue') },
      { path: 'audit', name: 'admin-audit', component: () => import('../pages/admin/AdminAuditPage.vue') },
    ],
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../pages/NotFoundPage.vue') },
];
