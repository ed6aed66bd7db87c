import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Duration, FeatureFlags, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { ENABLE_PARTITION_LITERALS } from 'aws-cdk-lib/cx-api';
import { RegionInfo } from 'aws-cdk-lib/region-info';
import { Construct } from 'constructs';
import { acknowledge, nagValue } from '../nag.ts';
import {
  HASHED_ASSETS_CACHE_CONTROL,
  HASHED_ASSETS_PREFIX,
  PAGE_CACHE_CONTROL,
  prerenderedPagesFunctionCode,
} from './web-delivery.ts';
import { PRIVATE_BUCKET } from './private-bucket.ts';

export interface WebProps {
  /** The built web app (`npm run build:web` → web/dist). */
  readonly assetDir: string;
  /** The web origin (https://host) the portal is reached at; CORS and e-mailed links use it. */
  readonly webOrigin: string;
  /** ACM certificate (us-east-1) for the web origin's host; without it CloudFront's own domain. */
  readonly certificateArn?: string;
  /** The CLOUDFRONT-scope web ACL (AWS WAF) in front of the distribution (ADR 088). */
  readonly webAclArn: string;
  /** The HTTP API's URL: the only API origin the pages may call (CSP connect-src). */
  readonly apiUrl: string;
  /** Origin of the attachment bucket: browsers upload there with presigned POSTs. */
  readonly uploadOrigin: string;
}

/**
 * The Content-Security-Policy of every page: the app's own files only; it talks to the API and
 * uploads to the attachment bucket, nothing else. No inline scripts; styles from our own CSS.
 * The browser tests serve the local stack's pages with the same policy.
 */
export function contentSecurityPolicy(apiUrl: string, uploadOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${apiUrl.replace(/\/$/, '')} ${uploadOrigin}`,
    `form-action 'self' ${uploadOrigin}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * The static web frontend: a private bucket behind CloudFront (origin access control — the
 * bucket has no public access and no website endpoint), with security headers on every answer
 * and `config.json` telling the app where the API is. Client-side routes (/sign-in,
 * /application/…) fall back to index.html.
 */
export class Web extends Construct {
  readonly bucket: s3.Bucket;
  /** CloudFront's standard access logs (CloudFront writes them with ACLs). */
  readonly logsBucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  /** The Content-Security-Policy the pages are served with. */
  readonly contentSecurityPolicy: string;

  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id);

    this.bucket = new s3.Bucket(this, 'Bucket', {
      ...PRIVATE_BUCKET,
      // The app is rebuilt from the repository on every deploy; nothing here is the only copy, so
      // the bucket goes with the stack, emptied first by CDK's auto-delete custom resource (ADR 084).
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });
    acknowledge(
      this.bucket,
      'AwsSolutions-S1',
      'The web bucket holds only the public build of the web app, deployed from the repository; ' +
        'requests are logged by CloudFront (standard logs), which is the only reader of the bucket.',
    );

    this.contentSecurityPolicy = contentSecurityPolicy(props.apiUrl, props.uploadOrigin);

    this.logsBucket = new s3.Bucket(this, 'Logs', {
      ...PRIVATE_BUCKET,
      // CloudFront standard logging writes with the awslogsdelivery account's ACL.
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ id: 'expire-web-logs', expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.logsBucket,
      'AwsSolutions-S1',
      'This bucket is the destination of CloudFront’s access logs; logging its own access would ' +
        'only log the log delivery.',
    );

    const headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Inkluderende kulturskoler: security headers for the web app',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: this.contentSecurityPolicy, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()', override: true },
        ],
      },
    });

    const host = new URL(props.webOrigin).host;
    const origin = origins.S3BucketOrigin.withOriginAccessControl(this.bucket);
    // The prerendered pages (ADR 104) at their own addresses: `/` → about.html, `/start` → start.html.
    const pagesFunction = new cloudfront.Function(this, 'PrerenderedPages', {
      comment: 'Inkluderende kulturskoler: serve each prerendered page at its address',
      code: cloudfront.FunctionCode.fromInline(prerenderedPagesFunctionCode()),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
    });
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Inkluderende kulturskoler: web app',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin,
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        compress: true,
        functionAssociations: [
          { function: pagesFunction, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },
        ],
      },
      additionalBehaviors: {
        // Where the API is may change with a deploy: never cached.
        '/config.json': {
          origin,
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          responseHeadersPolicy: headers,
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
        },
      },
      // Client-side routes: any unknown path is the app (S3 answers 403 for a missing key
      // behind OAC).
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: '/index.html',
        ttl: Duration.minutes(1),
      })),
      ...(props.certificateArn
        ? {
            domainNames: [host],
            certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn),
            // Only with a certificate of our own: CloudFront's default certificate has a fixed policy.
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      webAclId: props.webAclArn,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logsBucket,
      logFilePrefix: 'web/',
    });
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR1',
      'No geo restriction: applicants and committee members are in Norway but may travel; the ' +
        'portal serves only public pages and token-protected API calls.',
    );
    if (!props.certificateArn) {
      acknowledge(
        this.distribution,
        'AwsSolutions-CFR4',
        'Without a certificate for the web origin the distribution uses CloudFront’s default ' +
          'certificate, whose minimum protocol AWS fixes; configure webCertificateArn for TLS 1.2+.',
      );
    }

    // The files carry the Cache-Control the local server sends too (web-delivery.ts, ADR 076).
    // Hashed assets first, cached for good and kept across deploys: a tab still showing the
    // previous build can still load its lazy chunks.
    const assetsPrefix = HASHED_ASSETS_PREFIX.replace(/^\//, ''); // 'assets/'
    const assets = existsSync(join(props.assetDir, assetsPrefix))
      ? new s3deploy.BucketDeployment(this, 'DeployAssets', {
          destinationBucket: this.bucket,
          destinationKeyPrefix: assetsPrefix,
          sources: [s3deploy.Source.asset(join(props.assetDir, assetsPrefix))],
          cacheControl: [s3deploy.CacheControl.fromString(HASHED_ASSETS_CACHE_CONTROL)],
          prune: false,
          memoryLimit: 512,
        })
      : undefined;
    // Then the page and everything else, revalidated on every use; pruning leaves the assets be.
    const pages = new s3deploy.BucketDeployment(this, 'Deploy', {
      destinationBucket: this.bucket,
      sources: [
        s3deploy.Source.asset(props.assetDir, { exclude: [assetsPrefix] }),
        s3deploy.Source.jsonData('config.json', { apiBaseUrl: props.apiUrl.replace(/\/$/, '') }),
      ],
      exclude: [`${assetsPrefix}*`],
      cacheControl: [s3deploy.CacheControl.fromString(PAGE_CACHE_CONTROL)],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      prune: true,
      memoryLimit: 512,
    });
    if (assets) pages.node.addDependency(assets);
    // CDK's BucketDeployment handler is a singleton custom-resource function owned by CDK.
    const handler = Stack.of(this)
      .node.findAll()
      .find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
    for (const target of handler ? [handler] : []) {
      acknowledge(
        target,
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        'CDK’s BucketDeployment custom resource: a CDK-owned function that runs only during ' +
          'deployment to copy the web build; it handles no applicant data.',
      );
      acknowledge(
        target,
        'AwsSolutions-IAM5[Resource::*]',
        'CDK’s BucketDeployment custom resource needs CloudFront CreateInvalidation/GetInvalidation, ' +
          'which support no resource-level permissions.',
      );
      // CDK grants its deployment function read on the asset and read/write on the web bucket
      // with wildcard actions and object ARNs; it runs only during a deploy.
      const stack = Stack.of(this);
      // The partition is a literal when the region is known and cdk.json enables partition literals.
      const partitionLiteral =
        !Token.isUnresolved(stack.region) &&
        FeatureFlags.of(this).isEnabled(ENABLE_PARTITION_LITERALS) === true;
      const partition = partitionLiteral
        ? (RegionInfo.get(stack.region).partition ?? 'aws')
        : nagValue(this, stack.partition);
      for (const finding of [
        'Action::s3:GetObject*',
        'Action::s3:GetBucket*',
        'Action::s3:List*',
        'Action::s3:DeleteObject*',
        'Action::s3:Abort*',
        `Resource::arn:${partition}:s3:::cdk-hnb659fds-assets-${nagValue(this, stack.account)}-${nagValue(this, stack.region)}/*`,
        `Resource::${nagValue(this, this.bucket.bucketArn)}/*`,
      ]) {
        acknowledge(
          target,
          `AwsSolutions-IAM5[${finding}]`,
          'CDK’s BucketDeployment custom resource copies the web build from the CDK asset bucket into ' +
            'the web bucket during a deploy; CDK writes its grants with these wildcards.',
        );
      }
      acknowledge(
        target,
        'AwsSolutions-L1',
        'CDK’s BucketDeployment custom resource pins its own (Python) runtime; it is not ours to upgrade.',
      );
    }
  }
}
