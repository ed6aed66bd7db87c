import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { tableShape } from '../../shared/storage/table.ts';

/**
 * The portal's single DynamoDB table, built from `tableShape` (shared/storage/table.ts) —
 * the same shape the local stack creates on dynalite. Key builders: shared/storage/keys.ts.
 *
 * | item             | pk                  | sk                 | gsi1pk / gsi1sk                    | gsi2pk / gsi2sk                      |
 * |------------------|---------------------|--------------------|------------------------------------|--------------------------------------|
 * | application      | APP#<applicationId> | APP                | OWNER#<emailHash>#ROUND#<roundId>  | ROUND#<roundId>#SUBMITTED            |
 * |                  |                     |                    | / LEAD#<kommunenummer>             | / <submittedAt>#<applicationId>      |
 * |                  |                     |                    |                                    |   (set when submitted; a draft:      |
 * |                  |                     |                    |                                    |   ROUND#<roundId>#DRAFT, ADR 091)    |
 * | attachment       | APP#<applicationId> | ATT#<attachmentId> | —                                  | —                                    |
 * | rate limit       | RATE#<scope>#<hash> | WINDOW#<hour>      | —                                  | —   (TTL; scope: mailbox or IP, ADR 085) |
 * | magic link       | MAGIC#<linkId>      | MAGIC              | —                                  | —   (TTL; used once, ADR 086)        |
 * | app claim        | CLAIM#<emailHash>#ROUND#<r>#LEAD#<k> | CLAIM | —                               | —   (TTL; the id a new draft gets)   |
 * | session          | SESSION#<sessionId> | SESSION            | —                                  | —   (TTL; revoked at sign-out)       |
 * | round schedule   | ROUND#<roundId>     | SCHEDULE           | —                                  | —   (administrator's date overrides) |
 * | round stage      | ROUND#<roundId>     | STAGE#<committee>  | —                                  | —   (proposals, order, the decision) |
 * | review link      | ROUND#<roundId>     | LINK#<linkId>      | —                                  | —   (issued / revoked)               |
 * | app's reviews    | ROUND#<roundId>#REVIEW#<committee> | APP#<applicationId> | —                  | —   (declarations, assessments, seal)|
 * | audit entry      | AUDIT#<roundId>     | <ISO instant>#<id> | —                                  | —   (append-only: IAM denies update  |
 * |                  |                     |                    |                                    |   and delete; copied to the sink)    |
 *
 * Access patterns — every one a GetItem or Query; no function is granted dynamodb:Scan:
 * 1. application by id ............................ GetItem pk=APP#id, sk=APP
 * 2. application + its attachments ................ Query   pk=APP#id
 * 3. attachments of an application ................ Query   pk=APP#id, sk begins_with ATT#
 * 4. an applicant's application for a round+lead ... Query   gsi1 gsi1pk=OWNER#h#ROUND#r, gsi1sk=LEAD#k
 * 5. requests of a mailbox or an IP this hour ...... UpdateItem pk=RATE#scope#h, sk=WINDOW#hour (ADR 085)
 * 6. submitted applications of a round ............ Query   gsi2 gsi2pk=ROUND#r#SUBMITTED (ordered by submittedAt);
 *    every committee list filters its stage's applications from it in memory
 * 7. a round's date overrides ...................... GetItem pk=ROUND#r, sk=SCHEDULE
 * 8. a committee's stage ........................... GetItem/UpdateItem pk=ROUND#r, sk=STAGE#c
 * 9. a review link (every review request) .......... GetItem pk=ROUND#r, sk=LINK#id
 * 10. a round's review links (admin CLI) ........... Query   pk=ROUND#r, sk begins_with LINK#
 * 11. all members' reviews in a stage .............. Query   pk=ROUND#r#REVIEW#c
 * 12. the members' reviews of one application ...... GetItem pk=ROUND#r#REVIEW#c, sk=APP#<appId>
 * 13. a member's declaration/assessment, a seal .... UpdateItem pk=ROUND#r#REVIEW#c, sk=APP#<appId>
 *     (every member's write conditional on the finalisation's seal not being there, ADR 065)
 * 14. a round's audit trail (admin CLI) ............ Query   pk=AUDIT#r (append-only; nothing deletes)
 * 15. the submission outbox (the sweep, ADR 063) .... Query   gsi3 gsi3pk=OUTBOX#SUBMITTED, gsi3sk < cutoff
 *     gsi3 is sparse: an application carries gsi3pk/gsi3sk (OUTBOX#SUBMITTED / <submittedAt>#<id>)
 *     from its submission's one write until its receipt mail is out — seconds, normally.
 * 16. a magic link, used once ...................... UpdateItem pk=MAGIC#id (conditional on unused; ADR 086)
 *     (links to an application not created yet share the id its claim holds: PutItem/GetItem pk=CLAIM#…)
 * 17. an applicant session, on every applicant request .. GetItem pk=SESSION#id; sign-out UpdateItem
 * 18. a round's drafts (the deadline reminders) .... Query   gsi2 gsi2pk=ROUND#r#DRAFT
 *
 * Time to live (`expiresAt`, epoch seconds): rate-limit windows, magic links, claims and
 * sessions. A sign-in request nobody follows leaves only these: no draft exists until a link
 * is used (ADR 086), so there is no draft "never signed into" to expire.
 *
 * The stream (new and old images) carries every change of an `AUDIT#` item to the audit sink
 * (ADR 087).
 *
 * State changes are single-item conditional writes guarded by a `version` attribute.
 */
export class Data extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: tableShape.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: tableShape.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // Encrypted at rest with the AWS-owned key (the default): no KMS grants, no KMS cost.
      timeToLiveAttribute: tableShape.timeToLiveAttribute,
      // Every change, old and new image: the audit entries' copy reads it (ADR 087).
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      // Applications are the scheme's records: neither a stack deletion nor a console click
      // may drop them.
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    for (const gsi of tableShape.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: gsi.indexName,
        partitionKey: { name: gsi.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: gsi.sortKey, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
  }
}
