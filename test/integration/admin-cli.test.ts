import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../local/lambda.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * Issue 9, point 11: the admin CLI finds the stack through the same LOCAL_DATA_DIR as npm start,
 * says how when it is pointed elsewhere, and lists the committees' members and their ids.
 */
let test: TestStack;
let elsewhere: string;

beforeAll(async () => {
  test = await startTestStack({ outboxSweepSeconds: 0 });
  elsewhere = await mkdtemp(join(tmpdir(), 'admin-cli-'));
});
afterAll(async () => {
  await test?.stop();
  await rm(elsewhere, { recursive: true, force: true });
});

const admin = (dataDir: string, ...args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts', 'admin.ts'), ...args], {
    env: { ...process.env, LOCAL_DATA_DIR: dataDir },
    cwd: repoRoot,
  });

describe('npm run admin', () => {
  it('lists every committee member of a round with the id `links issue` takes, and their role', async () => {
    const { stdout } = await admin(test.dataDir, 'committees', 'demo');
    const round = findRound('demo')!;
    for (const committee of ['expert', 'geographic', 'final'] as const) {
      const { chair, members } = round.committees[committee];
      for (const member of members) {
        const row = stdout.split('\n').find((line) => line.includes(`'${member.id}'`));
        expect(row, member.id).toContain(committee);
        expect(row).toContain(member.email);
        if (member.id === chair) expect(row).toContain('chair');
      }
    }
  });

  it('refuses an unknown round by name', async () => {
    await expect(admin(test.dataDir, 'committees', 'nope')).rejects.toMatchObject({
      stderr: expect.stringContaining("No round 'nope'"),
    });
  });

  it('pointed at a folder without a stack, says which folder and how to give it the stack’s', async () => {
    await expect(admin(elsewhere, 'stages', 'show', 'demo')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        new RegExp(
          `No local stack runs from ${elsewhere}[\\s\\S]*LOCAL_DATA_DIR=<that folder> npm run admin -- stages show demo`,
        ),
      ),
    });
  });

  it('moves dates through the secretariat service: in order, or refused with the field (ADR 094)', async () => {
    await expect(
      admin(test.dataDir, 'stages', 'move', 'demo', 'announcement', '2000-01-01T00:00:00Z'),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/Refused: VALIDATION_FAILED[\s\S]*announcement: DATE_TOO_EARLY/),
    });
    const { stdout } = await admin(test.dataDir, 'links', 'revoke', 'demo', '01JAAAAAAAAAAAAAAAAAAAAAAA');
    expect(stdout).toContain('No live link 01JAAAAAAAAAAAAAAAAAAAAAAA in demo.');
  });
});
