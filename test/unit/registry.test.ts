import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { accessOf, PATH_PARAMETERS } from '../../functions/declare.ts';
import { allFunctions, functionsOf, registry } from '../../functions/registry.ts';
import { WORKFLOW_TASKS } from '../../shared/workflow/definition.ts';

/** The registry is the one list of functions: complete, consistent, and what handlers run by. */
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the registry', () => {
  it('holds every declaration of every capability, once', async () => {
    const folders = readdirSync(join(root, 'functions'), { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && existsSync(join(root, 'functions', entry.name, 'declarations.ts')),
    );
    const declared: string[] = [];
    for (const folder of folders) {
      const module = (await import(join(root, 'functions', folder.name, 'declarations.ts'))) as Record<
        string,
        unknown
      >;
      for (const [name, value] of Object.entries(module)) {
        if (typeof value === 'object' && value !== null && 'trigger' in value) declared.push(name);
      }
    }
    expect(declared.sort()).toEqual(Object.keys(registry).sort());
  });

  it('gives each function an entry that exists and runs its own declaration', () => {
    for (const fn of allFunctions()) {
      const file = join(root, fn.entry);
      expect(existsSync(file), fn.entry).toBe(true);
      const source = readFileSync(file, 'utf8');
      expect(source, fn.entry).toMatch(/export const handler\b/);
      // An HTTP handler is the wrapper around its own declaration (it cannot skip the checks).
      if (fn.trigger === 'http') expect(source, fn.entry).toContain(`httpHandler(${fn.id})`);
      // …entered through its auth kind's module (which type-checks the declaration's kind).
      if (fn.trigger === 'http')
        expect(source, fn.entry).toContain(`import { httpHandler } from '../http/${fn.auth}.ts';`);
    }
    const entries = allFunctions().map((fn) => fn.entry);
    expect(new Set(entries).size).toBe(entries.length);
  });

  it('has one route per method and path, naming only known path parameters', () => {
    const keys = functionsOf('http').map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const route of functionsOf('http')) {
      for (const [, name] of route.path.matchAll(/\{(\w+)\}/g))
        expect(Object.keys(PATH_PARAMETERS)).toContain(name);
      if (route.auth === 'applicant') expect(route.path, route.id).toContain('{applicationId}');
    }
  });

  it('binds every task of the workflow definition to exactly one function', () => {
    const tasks = functionsOf('workflow-task').map((task) => task.task);
    expect(tasks.sort()).toEqual([...WORKFLOW_TASKS].sort());
  });

  it('grants every route what checking its caller needs, from its auth kind', () => {
    for (const route of functionsOf('http')) {
      const access = accessOf(route);
      if (route.auth === 'applicant') expect(access, route.id).toContain('signing-key:read');
      if (route.auth === 'reviewer')
        expect(access, route.id).toEqual(expect.arrayContaining(['signing-key:read', 'table:read']));
      // A staff session's record is read, and kept alive, on every request (ADR 093).
      if (route.auth === 'staff')
        expect(access, route.id).toEqual(
          expect.arrayContaining(['signing-key:read', 'table:read', 'table:write']),
        );
    }
  });
});
