import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { routes, type Route } from '../../functions/routes.ts';
import { ENV } from '../../shared/config/env.ts';
import { grantAccess, type AccessTargets } from '../access.ts';
import { acknowledge } from '../nag.ts';
import { PortalFunction } from './portal-function.ts';

/**
 * Routes anyone may call: the rounds and the API description are public information, and
 * an applicant has no token yet when asking for a magic link or exchanging it for a session.
 */
export const PUBLIC_ROUTES: ReadonlySet<string> = new Set([
  'ListRounds',
  'GetOpenApi',
  'StartApplication',
  'CreateSession',
  'ListAwards',
]);

/** Why a route has no API Gateway authorizer — and a synth error for a route that cannot check a token. */
function authorisationReason(route: Route): string {
  if (PUBLIC_ROUTES.has(route.id)) {
    return (
      `${route.method} ${route.path} is public on purpose: anyone may read the rounds, the announced awards and ` +
      'the API description, ask for a magic link or exchange one for a session; abuse is bounded by stage ' +
      'throttling and the per-address rate limit in the table (ADR 011).'
    );
  }
  if (!route.access.includes('signing-key:read')) {
    throw new Error(
      `Route ${route.id} is neither in PUBLIC_ROUTES (infra/constructs/api.ts) nor has signing-key:read ` +
        'to verify a token: it would be open to anyone.',
    );
  }
  return (
    `${route.method} ${route.path} has no API Gateway authorizer by design: the handler verifies the ` +
    'signed applicant or review-link token itself (jose, key in Secrets Manager; review links also against ' +
    'their record in the table) and answers 401/403 without a valid one (ADR 011, ADR 042).'
  );
}

export interface ApiProps {
  /** The web frontend's origin, the only one CORS allows. */
  readonly webOrigin: string;
  /** Default-stage throttling for the whole API. */
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
  /** What the route functions may touch, each only through its `access` list. */
  readonly targets: AccessTargets;
  /** Environment every route function gets. */
  readonly environment: Record<string, string>;
}

/**
 * The HTTP API: one route → one PortalFunction, straight from functions/routes.ts, each
 * function granted exactly what its `access` list says (infra/access.ts).
 *
 * Authorisation is not API Gateway's: requests carry a signed token (magic link, review link)
 * that the handler verifies with the signing key, and several routes are public by design
 * (ListRounds, GetOpenApi, StartApplication, CreateSession). See ADR 011.
 */
export class Api extends Construct {
  readonly httpApi: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  /** Route id → its function. */
  readonly functions: Record<string, PortalFunction> = {};

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);

    this.httpApi = new apigwv2.HttpApi(this, 'HttpApi', {
      apiName: Stack.of(this).stackName,
      description: 'Inkluderende kulturskoler application portal',
      corsPreflight: {
        allowOrigins: [props.webOrigin],
        allowMethods: [
          apigwv2.CorsHttpMethod.GET,
          apigwv2.CorsHttpMethod.POST,
          apigwv2.CorsHttpMethod.PUT,
          apigwv2.CorsHttpMethod.DELETE,
        ],
        allowHeaders: ['content-type', 'authorization', 'accept-language'],
        allowCredentials: false,
        maxAge: Duration.hours(1),
      },
      // The default stage is created below, with throttling and access logging.
      createDefaultStage: false,
    });

    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: logs.RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stage = new apigwv2.HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.throttle.rateLimit, burstLimit: props.throttle.burstLimit },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        // No source IP or user agent: not needed to run the portal, and personal data.
        format: apigateway.AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLatency: '$context.responseLatency',
            integrationLatency: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
            error: '$context.error.message',
          }),
        ),
      },
    });

    for (const route of routes) {
      const fn = this.routeFunction(route, props);
      this.functions[route.id] = fn;
      const [httpRoute] = this.httpApi.addRoutes({
        path: route.path,
        methods: [apigwv2.HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${route.id}Integration`, fn),
      });
      acknowledge(httpRoute!, 'AwsSolutions-APIG4', authorisationReason(route));
    }
  }

  /** The API's URL (default stage). */
  get url(): string {
    return this.stage.url;
  }

  private routeFunction(route: Route, props: ApiProps): PortalFunction {
    const environment = { ...props.environment };
    // Only functions that start or stop executions learn the state machine's ARN.
    // (Resuming a callback needs only the task token, not the ARN.)
    if (route.access.some((kind) => kind === 'workflow:start' || kind === 'workflow:stop')) {
      if (!props.targets.stateMachine)
        throw new Error(`${route.id} starts the workflow: pass the state machine`);
      environment[ENV.stateMachineArn] = props.targets.stateMachine.stateMachineArn;
    }
    const fn = new PortalFunction(this, route.id, {
      entry: route.entry,
      description: `${route.method} ${route.path}`,
      environment,
    });
    grantAccess(fn, route.access, props.targets);
    return fn;
  }
}
