/**
 * CloudFormation takes at most 500 resources (and 200 parameters, 200 outputs) in a template;
 * CDK refuses to synthesise past that. Every template of a deployment — the portal's, each
 * nested stack's (ADR 107), the edge's — stays well under, so the registry's next growth fails
 * here, naming the template, not at deploy time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { synthPortal, type Synthesised } from './synth.ts';

/** Room for growth under CloudFormation's 500 resources. */
const MAX_RESOURCES = 450;
/** Room for growth under CloudFormation's 200 parameters and 200 outputs. */
const MAX_PARAMETERS = 150;
const MAX_OUTPUTS = 150;

describe('template size', () => {
  let synth: Synthesised;
  beforeAll(() => {
    synth = synthPortal({}, { bundling: false });
  }, 600_000);

  it('keeps every template, parent and nested, at most 450 resources', () => {
    const sizes = Object.fromEntries(
      Object.entries(synth.templates).map(([path, template]) => [
        path,
        Object.keys(template.Resources).length,
      ]),
    );
    // The portal, its operations (alarms, dashboard) and at least one capability's routes.
    expect(Object.keys(sizes).length).toBeGreaterThanOrEqual(4);
    for (const [path, count] of Object.entries(sizes)) expect(count, path).toBeLessThanOrEqual(MAX_RESOURCES);
  });

  it('keeps every template well under the parameter and output limits', () => {
    for (const [path, template] of Object.entries(synth.templates)) {
      expect(Object.keys(template.Parameters ?? {}).length, path).toBeLessThanOrEqual(MAX_PARAMETERS);
      expect(Object.keys(template.Outputs ?? {}).length, path).toBeLessThanOrEqual(MAX_OUTPUTS);
    }
  });

  it('puts the alarms and the routes in nested stacks, and no more in the portal', () => {
    const portal = synth.templates[synth.stack.node.path]!;
    const types = Object.values(portal.Resources).map((resource) => resource.Type);
    expect(types.filter((type) => type === 'AWS::CloudFormation::Stack').length).toBeGreaterThanOrEqual(2);
    expect(types).not.toContain('AWS::ApiGatewayV2::Route');
    expect(types).not.toContain('AWS::CloudWatch::Dashboard');
  });
});
