// Generated from docs/openapi.json by `npm --prefix apps/web run gen:api` (openapi-typescript). Do not edit:
// change the server's response schemas (apps/api/src/**/*.responses.ts), run `npm run docs:openapi`, then gen:api.

export interface paths {
    "/admin/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Years in force (file or entered, by whom) for the scopes I manage, and what is missing */
        get: operations["CalendarAdminController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/calendar/missing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current/next year without a State Council (top-level admins) or regional (province admins) schedule; warn = show the console banner */
        get: operations["CalendarAdminController_missing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/calendar/national/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Enter the State Council schedule of a year (admin of a top-level unit); overrides cn-YYYY.json
         * @description The body is exactly the JSON of a config/calendar file (format: config/calendar/README.md), validated like a file at load; a bad entry answers 400 naming it, and nothing is stored.
         */
        put: operations["CalendarAdminController_enterNational"];
        post?: never;
        /** Withdraw the entered State Council schedule of a year (the built-in file counts again) */
        delete: operations["CalendarAdminController_withdrawNational"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/calendar/regions/{region}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Enter a region's extra days of a year (admin of a province-level unit of that region, or top level)
         * @description The body is exactly the JSON of a config/calendar file (format: config/calendar/README.md), validated like a file at load; a bad entry answers 400 naming it, and nothing is stored. A regional file also has "region" (the same code as in the path) and "regionName".
         */
        put: operations["CalendarAdminController_enterRegional"];
        post?: never;
        /** Withdraw a region's entered schedule of a year */
        delete: operations["CalendarAdminController_withdrawRegional"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries that failed every retry, in my admin subtree */
        get: operations["DeadLettersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/dead-letters/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a dead delivery again (it keeps its key, so it is still sent at most once) */
        post: operations["DeadLettersController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Administrative changes in my admin subtree, newest first (who, when, what) */
        get: operations["AdminEventsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/queue-board/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get the cookie that opens /admin/queues (root-level admins only) */
        post: operations["QueueBoardSessionController_open"];
        /** Forget the queue board cookie */
        delete: operations["QueueBoardSessionController_close"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in; throttled per account, and per client address on its failed logins (a browser known to the account still gets in); locked after repeated failures, per account for unknown browsers and per browser for known ones */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session: its refresh token and access tokens stop working */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password (the current one is required); my other sessions end, this one goes on. Also replaces a one-time password set by an administrator. */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for a new pair (the old refresh token stops working) */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a day is on the working-day calendar (working day, weekend, holiday), in the caller's region */
        get: operations["CalendarDaysController_day"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The years whose State Council holiday schedule is in force */
        get: operations["CalendarDaysController_years"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns I issued or track (issued) and campaigns sent to my units (received) */
        get: operations["CampaignsController_list"];
        put?: never;
        /**
         * Issue a campaign (报送任务) to units below mine, or cascade one received from above (parentId)
         * @description Coordinators only, for the unit they coordinate. Creates one report per target unit, in drafting, in one transaction, and notifies each unit’s drafters. Without dueDate each unit gets the regulation date. With an Idempotency-Key a retried request is issued once and answered with that campaign.
         */
        post: operations["CampaignsController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notice and settings of a campaign (its coordinators and its target units) */
        get: operations["CampaignsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tracking board: every target with its light, state, holder, deadlines; totals; cascades rolled up
         * @description Coordinators of the issuing unit and above. Lights: green on track, yellow due within 3 working days, red overdue. The ETag changes exactly when something shown changes (not with generatedAt, the instant of the answer): If-None-Match answers 304 while nothing shown changed. Built boards are reused while verified current. A withdrawn campaign’s board is its record: each target as sent to it (未报送, 已报送, 已接收, 已退回), nobody named to act and no stage deadline, not where the report went after.
         */
        get: operations["BoardController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/board.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The board as CSV (UTF-8 with BOM, Chinese headers), same filters */
        get: operations["BoardController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/board.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The board as an Excel workbook (Chinese headers, a totals sheet), same filters */
        get: operations["BoardController_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/compilation.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 素材汇编 (.docx): item by item (一、…五、) each target’s text under its unit name, from the revision last dispatched to this campaign (received or accepted; returned and unreported units are listed without text), then a table of the figures each unit quotes. Internal: 【不予公开】 passages are kept, shaded and named as withheld
         * @description Only coordinators of the issuing unit: a target unit’s member or a coordinator above gets 403, anyone else 404. A withdrawn campaign answers 409 CAMPAIGN_WITHDRAWN.
         */
        get: operations["CompilationController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The record of changes: issued, units added, extensions, withdrawal */
        get: operations["CampaignsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/events/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the record of changes is whole and unchanged (流程记录完整性校验: a hash chain, like a report’s) */
        get: operations["CampaignsController_eventsVerification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Extension requests: all for the coordinators, my unit’s for a target unit */
        get: operations["ExtensionsController_list"];
        put?: never;
        /** Ask for a later due date (延期), with a reason: a drafter or unit leader of the target unit */
        post: operations["ExtensionsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/extensions/{extensionId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant (possibly another date) or refuse (with a comment): a coordinator of the issuing unit */
        post: operations["ExtensionsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign board's findings column: per report, findings by status */
        get: operations["FindingsController_campaignCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/forwardings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 报送外部机关: per target and body outside the system, 已报送 (date, channel, 文号) or 待报送
         * @description Coordinators of the issuing unit and above; anyone else 404.
         */
        get: operations["ForwardingController_list"];
        put?: never;
        /**
         * 报送外部机关: record that the issuing office sent a target’s accepted report on to a body outside the system
         * @description Only coordinators of the issuing office (a coordinator above or a target’s member: 403; anyone else 404). sentOn lies between the acceptance and today (Beijing). A correction is a new record naming the current one in supersedes; both stay in the campaign record. With an Idempotency-Key a retried request is applied once.
         */
        post: operations["ForwardingController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/item-order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign's item order (the board's readers) */
        get: operations["ItemOrderController_get"];
        /**
         * Change the item order (coordinator of the issuing unit), with expectedVersion; recorded
         * @description Each of 1-5 once (400 ITEM_ORDER_INVALID); 409 ITEM_ORDER_LOCKED once a report has been dispatched to the campaign; 409 ITEM_ORDER_STALE_VERSION when someone changed it first.
         */
        put: operations["ItemOrderController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stored 通报
         * @description A draft is read only by the issuing office’s coordinators; an issued one also by the coordinators above, the offices whose campaign this one forwards (逐级下发) and, in every unit the campaign asked, by its drafters, reviewers, deliberation and sign-off roles and admins (not an outside legal adviser’s account). Anyone else, or no 通报 yet: 404 NOTICE_NOT_FOUND.
         */
        get: operations["NoticeController_get"];
        /**
         * Edit the draft (title, 文号, paragraphs, units named) with expectedVersion
         * @description Writing: only coordinators of the issuing office (a target unit’s member or a coordinator above gets 403, anyone else 404). 409 NOTICE_STALE_VERSION names the current version; 409 NOTICE_ALREADY_ISSUED once issued; 400 NOTICE_INVALID names each field out of bounds.
         */
        put: operations["NoticeController_put"];
        /**
         * Store the 通报 draft generated from today’s facts (one per campaign: 409 NOTICE_EXISTS)
         * @description Writing: only coordinators of the issuing office (a target unit’s member or a coordinator above gets 403, anyone else 404).
         */
        post: operations["NoticeController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/notice-draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The 通报 draft from today’s facts: title and paragraphs naming units by fact category (as the board)
         * @description A withdrawn campaign answers 409 CAMPAIGN_WITHDRAWN.
         */
        get: operations["NoticeDraftController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/notice-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the notice file */
        get: operations["CampaignsController_download"];
        put?: never;
        /** Attach the notice file (pdf, ofd, docx, doc; at most ATTACHMENT_MAX_BYTES) */
        post: operations["CampaignsController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/notice.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The 通报 as .docx in 公文 layout (GB/T 9704: 文号, title, 主送, body, office and date, 版记)
         * @description Who may read the 通报 may download it.
         */
        get: operations["NoticeController_docx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/notice/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 印发: issue the draft read at expectedVersion; every unit the campaign asked is notified once (the named ones to 整改)
         * @description Writing: only coordinators of the issuing office (a target unit’s member or a coordinator above gets 403, anyone else 404). Dated today (Beijing). With an Idempotency-Key a retried request is applied once.
         */
        post: operations["NoticeController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/notice/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 按最新情况更新: regenerate the draft’s body and units named from today’s facts
         * @description Writing: only coordinators of the issuing office (a target unit’s member or a coordinator above gets 403, anyone else 404). The title, 文号, 主送 and 抄送 stay as edited; the body and the units named are replaced (expectedVersion: the version read).
         */
        post: operations["NoticeController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/scoresheet.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评分表: every target unit with its facts, score and reasons, and the rule used */
        get: operations["ScoresController_scoresheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/scoring-rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The scoring rule (评分规则) the board scores by; the default until one is set */
        get: operations["ScoresController_get"];
        /**
         * Set the scoring rule (coordinator of the issuing unit), with expectedVersion; recorded
         * @description Whole points; base 1-1000; no deduction above the base (400 SCORING_RULE_INVALID names each field).
         */
        put: operations["ScoresController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add units to a campaign (coordinator of the issuing unit); recorded */
        post: operations["CampaignsController_addTargets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/targets/{unitId}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 催办 by hand: press a target that has not reported; the people who act next on its report are told
         * @description Only coordinators of the issuing office (a coordinator above or a target’s member: 403; anyone else 404). Refused: a withdrawn campaign (409 CAMPAIGN_WITHDRAWN), a unit that is not a target (404), a unit whose report this campaign received or accepted (409 URGE_NOT_NEEDED), a target already pressed today, China date (409 URGED_TODAY, naming when and by whom), a unit with no account a 催办 reaches (409 URGE_NOBODY_TO_TELL). Once the due date has passed (督办) the unit leaders are told too. With an Idempotency-Key a retried request is applied once.
         */
        post: operations["UrgeController_urge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a campaign before its due date, with its cascades (coordinator of the issuing unit) */
        post: operations["CampaignsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/default-recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The 主送/抄送 a campaign to these targets gets when none are named (the routing table)
         * @description Coordinators of the issuing unit. Nothing is stored. source routing_table: every target’s line asked for by the issuer names these units; source per_target: the targets’ lines differ, each group of targets gets its own lists (groups), stored per target when issued; source issuer: the issuer receives (it is on no line of a target).
         */
        post: operations["CampaignRecipientsController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/target-area": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The units the issuing unit may ask, for the issuing form
         * @description Coordinators of the issuing unit; the same rule that checks targets when issuing.
         */
        get: operations["CampaignRecipientsController_targetArea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Completeness check (形式审查) of sections for a given year and unit name */
        post: operations["ContentController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Split pasted text into the five statutory sections, with what went where */
        post: operations["ContentController_importText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content/import-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Split an uploaded Word (.docx) or UTF-8 text file into the five sections
         * @description A refused file is 422 DOCUMENT_REJECTED with a stable details.reason (NOT_A_DOCX, LEGACY_WORD_FORMAT, DOCX_DAMAGED, DOCX_STRUCTURE_INVALID, DOCX_TOO_LARGE_UNCOMPRESSED, DOCX_TOO_COMPLEX, TEXT_IS_GBK, NOT_UTF8, UNSUPPORTED_FILE, EMPTY_TEXT, FILE_TOO_LARGE, TEXT_TOO_LONG, TOO_MANY_HEADINGS, NONCHARACTER naming the line and the code point) and details.messageZh. Word files are read in a worker thread with bounded heap and time; when too many are being read at once the answer is 503 IMPORT_BUSY.
         */
        post: operations["ContentController_importFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disclosure/to-do": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的待办's 政务公开: my units' reports still to be published, and the step waiting for me
         * @description 保密审查 for the unit leader and reviewers of the report’s unit, 修改不予公开标注 (after a review that asked for changes) and 登记公开 for its drafters and unit leader; the earliest disclosure date first.
         */
        get: operations["DisclosureTodoController_toDo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/extensions/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Extension requests waiting for a decision in the campaigns the units I coordinate issued, nearest due date first */
        get: operations["PendingExtensionsController_pending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/findings/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The unit's answer (整改措施 and completion date): its own drafter
         * @description completedOn lies between the day the finding was raised and one year after today (400 FINDING_FIELD_INVALID).
         */
        post: operations["FindingsController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/findings/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an answered finding (a coordinator of the raising office) */
        post: operations["FindingsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/findings/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen an answered or closed finding with a comment (a coordinator of the raising office) */
        post: operations["FindingsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/findings/to-answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的待办's 整改: open findings on the reports of the units where I answer findings
         * @description For the drafters of a unit (in the unit itself): each open or reopened finding with the raising office and the 整改 due date; answered and closed findings leave the list.
         */
        get: operations["FindingsController_toAnswer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up (no dependencies checked) */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** MySQL and Redis answer; 503 names the one that is down (database, redis) */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who I am, my unit and my roles */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Metrics in Prometheus text format */
        get: operations["MetricsController_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, newest first */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published annual reports of a unit's tree for one year (public versions) */
        get: operations["PublicReportsController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/reports.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same list as JSON (public versions, as text blocks) */
        get: operations["PublicReportsController_json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/reports.rss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same list as an RSS feed */
        get: operations["PublicReportsController_rss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/reports/{id}/public.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public version of a published report as .docx (404 unless published) */
        get: operations["PublicReportsController_docx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receipts/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Receipts waiting for a decision at the units I coordinate (the issuing office’s queue) */
        get: operations["ReceiptsController_open"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports in the units I reach (paginated) */
        get: operations["ReportsController_list"];
        put?: never;
        /** Create a report for a unit and year (in drafting) */
        post: operations["ReportsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A report with its current sections and the actions I may take */
        get: operations["ReportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a workflow action (submit, approve, return, withdraw, accept, publish)
         * @description Send the version you saw as expectedVersion: if someone acted first the answer is 409 with the current state. return needs a comment; approve in party_approval needs meetingDate and minutesNumber (meetingBody defaults to the unit's deliberating body, see allowedActions[].fieldDefaults); approve in legal_review needs the opinion. With an Idempotency-Key header a retried request is applied once.
         */
        post: operations["ReportsController_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/addressees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whom the report goes to if it is dispatched now (主送, 抄送), as its 公文 will print them: the campaigns it answers, else the unit it goes up to and its level’s rule-of-law office; 403 for a reader that sees only what was dispatched to it (its 公文 names them) */
        get: operations["ReportDocumentsController_addressees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AttachmentsController_list"];
        put?: never;
        /** Attach evidence (pdf, docx, xlsx, doc, xls, ofd, jpg, png; at most ATTACHMENT_MAX_BYTES) */
        post: operations["AttachmentsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/attachments/{attachmentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AttachmentsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Completeness check of the sections being edited, against the report's year and unit */
        post: operations["ContentController_checkReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/check-override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Department reviewer: let the current revision leave drafting although the completeness check fails */
        post: operations["ReportsController_overrideCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compare two revisions section by section */
        get: operations["ReportsController_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/disclosure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report's disclosure track and the date it is due by */
        get: operations["DisclosureController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/disclosure/marking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revise what an accepted report withholds from its public version (公开版标注; the drafter)
         * @description After a 保密审查 that needs changes, the text of an accepted report can no longer be edited: this saves a new revision whose words are those of the current one, with other passages marked 【不予公开】 or the markers fixed (422 DISCLOSURE_MARKING_CHANGES_TEXT naming the parts whose words changed). Until the report is published (409 DISCLOSURE_MARKING_NOT_OPEN otherwise; a report still drafting is saved with POST /reports/:id/revisions). The review then looks at the new revision; what the recipients were sent and accepted stays as it was.
         */
        post: operations["DisclosureController_saveMarking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/disclosure/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 更正: correct the registered publication (channel, URL, date) with a reason
         * @description By those who register it (drafter, unit leader), with the disclosure version read; the published text stays the reviewed one. The record it replaces stays in the report history (disclosure-publication-corrected, fields *Before). 409 DISCLOSURE_NOT_PUBLISHED before a publication.
         */
        put: operations["DisclosureController_correctPublication"];
        /**
         * Record the publication of the reviewed public version (channel, http(s) URL, date)
         * @description Needs a review that cleared the current revision; the date is neither in the future nor before the review. Closes the disclosure deadline and its reminders.
         */
        post: operations["DisclosureController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/disclosure/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the confidentiality review (保密审查) of the current revision (unit leader or reviewer)
         * @description From dispatch on. Send the disclosure version you saw (0 before the first step): 409 when someone came first. A revision whose 【不予公开】 markers do not pair up cannot be cleared (422). With an Idempotency-Key a retried request is applied once.
         */
        post: operations["DisclosureController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/document/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The check before export: headings that would be printed twice or with another number than written, each with a proposed fix, and the debris and punctuation the export changes */
        get: operations["ReportDocumentsController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/document/fixes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply the check's fixes as a new revision (the drafter's action; normal revision rules: only while drafting, 409 when basedOnRevision is stale). revision is null when there was nothing to change */
        post: operations["ReportDocumentsController_applyFixes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/export.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current revision as a .docx laid out per GB/T 9704: 文号 and 签发人, 主送, the items in itemOrder with their headings numbered by position, clean text (no web-page debris, full-width punctuation in Chinese text), signature and 版记 (抄送, 印发); version=public omits every passage marked 【不予公开】…【/不予公开】 (inline or across paragraphs) and answers 422 DISCLOSURE_MARKERS_UNBALANCED, naming the section and line, when the markers do not pair up or 不予公开 stands where it cannot be read as a marker */
        get: operations["ReportDocumentsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The report's findings: for its unit and the offices above it, and for the office that raised them
         * @description A copy recipient or another unit gets 404; a raising office sees only its own findings.
         */
        get: operations["FindingsController_list"];
        put?: never;
        /**
         * Raise a finding on the report (a coordinator of the campaign's issuer, as for accept/return)
         * @description The 整改 due date defaults to today + 30 days. With an Idempotency-Key a retried request is applied once.
         */
        post: operations["FindingsController_raise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/follow-through": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Last year's plan (item 4 of the same unit's previous report) against this year's measures, with the evidence */
        get: operations["ReportDocumentsController_followThrough"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every recorded step, and whether the hash chain verifies */
        get: operations["ReportsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A report's receipts: all for its own unit and those above it; a campaign issuer sees its own */
        get: operations["ReceiptsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/receipts/{campaignId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The issuing office accepts its receipt; when every receipt is accepted the report is accepted */
        post: operations["ReceiptsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/receipts/{campaignId}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The drafter sends the dispatched version to a campaign that asked after the dispatch (no new review) */
        post: operations["ReceiptsController_dispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/receipts/{campaignId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The issuing office returns its receipt with a comment: the report goes back to drafting */
        post: operations["ReceiptsController_return"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every saved revision (metadata) */
        get: operations["ReportsController_revisions"];
        put?: never;
        /** Save the sections as a new revision (409 with the current number when stale) */
        post: operations["ReportsController_save"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/revisions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_revision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/stamped-scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest stamped scan the caller may read (404 STAMPED_SCAN_NOT_FOUND when none) */
        get: operations["StampedScanController_latest"];
        put?: never;
        /** Upload the stamped scan (PDF of the sealed paper copy) once the report has left drafting; 400 STAMPED_SCAN_INVALID with details.reason not_pdf / too_large / empty; a later upload replaces it for readers */
        post: operations["StampedScanController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/stamped-scan/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StampedScanController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/stamped-scan/requirement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether dispatching now needs a stamped scan (a campaign the report answers requires it, 报送时须上传盖章扫描件) and whether the revision to be sent has one; 403 for a reader that sees only what was dispatched to it */
        get: operations["StampedScanController_requirement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/copies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports dispatched to my unit, as 主送 or 抄送, as last dispatched (unit_leader or coordinator of the unit) */
        get: operations["ReportCopiesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/system/self-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enqueue a self-check job; the worker marks it processed */
        post: operations["SystemController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/system/self-checks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the worker has processed the self-check */
        get: operations["SystemController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units I reach: my own unit, plus the subtree of my coordinator/admin roles */
        get: operations["UnitsController_list"];
        put?: never;
        /** Create a unit below one I administer */
        post: operations["UnitsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit (404 when outside my reach) */
        get: operations["UnitsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{id}/deliberation-body": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the body that deliberates the annual report of a unit I administer */
        put: operations["UnitDeliberationBodyController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{id}/demonstration-area": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Designate a government a national demonstration area (全国法治政府建设示范地区), or no longer
         * @description Administrators of the unit above (as for renaming). Governments only (400 otherwise). A demonstration area is asked for its additional report by campaigns on the demonstration line (reportLine demonstration_area); recorded as an admin event (unit.demonstration_area_set)
         */
        put: operations["UnitsController_setDemonstrationArea"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{id}/duty-separation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enforce or relax separation of duties in the review chain of a unit I administer */
        put: operations["UnitDutySeparationController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{id}/name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rename a unit I administer (机构改革); its reports, roles and history follow by id
         * @description expectedName is the name you saw: 409 UNIT_NAME_CHANGED when someone renamed it meanwhile, 409 UNIT_NAME_TAKEN when the parent has a unit of that name; recorded as an admin event (unit.renamed)
         */
        put: operations["UnitsController_rename"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{id}/review-chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review path of a unit I administer, and the campaigns whose rules it falls short of */
        get: operations["UnitReviewChainController_get"];
        /** Choose the review path of a unit I administer */
        put: operations["UnitReviewChainController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{id}/submission-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit’s campaign reports across years: on time, late or missing */
        get: operations["BoardController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{id}/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set or clear (url: null) the webhook of a unit I administer */
        put: operations["UnitWebhookController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/drafter-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Active drafters per unit in the subtrees I coordinate or administer (counts, no names)
         * @description So an issuer sees, before 下发, which target units nobody could draft for.
         */
        get: operations["UnitsController_drafterCountsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users in my admin subtree (or of one unit) */
        get: operations["UsersController_list"];
        put?: never;
        /** Create a user in a unit I administer, with roles */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate (history is kept; sessions end at once) */
        post: operations["UsersController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a one-time password (recorded, never stored in clear): the user must change it at the next login; their sessions end and a lock-out is cleared */
        post: operations["UsersController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant a role (recorded) */
        post: operations["UsersController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/roles/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a role (recorded) */
        delete: operations["UsersController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear a lock-out after failed logins (recorded) */
        post: operations["UsersController_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports waiting for an action I may take, with their stage deadline */
        get: operations["ReportsController_workQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptReceiptDto: {
            /** @example 同意。 */
            comment?: string;
            /**
             * @description The receipt's version you saw; if someone decided first you get 409
             * @example 1
             */
            expectedVersion: number;
            /** @description Findings recorded in the same transaction as the decision; one invalid finding refuses the request (400 naming findings.<index>.<field>) */
            findings?: components["schemas"]["DecisionFindingDto"][];
        };
        /**
         * @description An extra field a workflow action may require
         * @enum {string}
         */
        ActionField: "meetingBody" | "meetingDate" | "minutesNumber" | "opinion" | "publicationUrl" | "publicationDate" | "documentNumber" | "needsRedeliberation";
        ActionFieldsDto: {
            /**
             * @description the unit's document number (文号), e.g. 呼交发〔2026〕3号
             * @example 呼交发〔2026〕3号
             */
            documentNumber?: string;
            /**
             * @description the deliberating body, e.g. 党组会议
             * @example 党组会议
             */
            meetingBody?: string;
            /**
             * @description the meeting date, YYYY-MM-DD; not before the report year, not after today (China time)
             * @example 2025-01-20
             */
            meetingDate?: string;
            /**
             * @description the minutes number (会议纪要编号)
             * @example 党组会纪要〔2025〕3号
             */
            minutesNumber?: string;
            /**
             * @description 'true' when a recipient's return asks for a new deliberation meeting
             * @example true
             */
            needsRedeliberation?: string;
            /**
             * @description the legal adviser's written opinion
             * @example 经审查，报告内容合法合规，同意报送。
             */
            opinion?: string;
            /**
             * @description the date the report was published, YYYY-MM-DD; not before the report year, not after today (China time)
             * @example 2025-03-28
             */
            publicationDate?: string;
            /** @description where the report was published */
            publicationUrl?: string;
        };
        AddTargetsDto: {
            /**
             * @description Due date of the added units; defaults to the campaign’s (needed once that has passed)
             * @example 2026-03-10
             */
            dueDate?: string;
            /** @description Pairs among the targets that write one joint 党委+政府 report (联合报告): the government’s people draft and sign it off, the 党委 reads it; 400 JOINT_REPORT_INVALID unless they are the 党委 and 政府 of the same place */
            jointReports?: components["schemas"]["JointReportDto"][];
            select?: components["schemas"]["TargetSelectorDto"];
            /** @description Units strictly below the issuing unit */
            unitIds?: string[];
        };
        AdminEvent: {
            action: string;
            actorUserId: string | null;
            /** Format: date-time */
            createdAt: string;
            details: {
                [key: string]: unknown;
            };
            id: number;
            targetId: string;
            targetType: string;
            unitId: string;
        };
        /** @description A workflow action the caller may take now, and what it needs */
        AllowedAction: {
            actingRole: components["schemas"]["WorkflowRole"];
            action: string;
            commentRequired: boolean;
            /** @description Fields the action takes that are filled in when left out, with the value used: meetingBody is the unit's deliberating body (集体审议) */
            fieldDefaults?: {
                meetingBody: string;
            };
            /** @description GET /reports/:id only: true when the step leads into a stage of the unit that no active account may act on (no 科室审核人, say), so the report would wait there for nobody */
            nobodyActsNext?: boolean;
            /** @description Fields the action needs and has no default for (fieldDefaults lists the others it takes) */
            requiredFields: components["schemas"]["ActionField"][];
            to: string;
        };
        AnswerFindingDto: {
            /**
             * @description The date the measures were (or will be) completed
             * @example 2043-03-10
             */
            completedOn: string;
            /**
             * @description The finding version you saw
             * @example 1
             */
            expectedVersion: number;
            /**
             * @description 整改措施
             * @example 已补充行政复议纠错率并修订报告第四部分
             */
            measures: string;
        };
        /** @description The fixes of the check before export, applied as a new revision */
        AppliedDocumentFixes: {
            headingFixes: number;
            punctuationChanges: number;
            removals: number;
            /** @description The new revision, or null when nothing changed */
            revision: number | null;
        };
        ApplyFixesDto: {
            /**
             * @description The revision the drafter checked; a stale one is refused with 409 (as every save)
             * @example 3
             */
            basedOnRevision: number;
            /** @description Without itemOrder: print in the item order of this campaign the report answers (400 EXPORT_CAMPAIGN_UNKNOWN for another); default the earliest issued campaign the report answers */
            campaignId?: string;
            /**
             * @description Also remove the listed debris and set full-width punctuation in the stored text
             * @default false
             */
            cleanup: boolean;
            /**
             * @description Apply the proposed heading fixes
             * @default true
             */
            headings: boolean;
            /**
             * @description The order the five items are printed in, as item numbers separated by commas (some provinces want 3,1,2,4,5); each of 1-5 exactly once, else 400 ITEM_ORDER_INVALID. Default: the order set on the campaign the report answers (see campaignId), else 1,2,3,4,5
             * @example 3,1,2,4,5
             */
            itemOrder?: string;
        };
        /** @description Evidence attached to a report (its content is downloaded separately) */
        Attachment: {
            contentType: string;
            /** Format: date-time */
            createdAt: string;
            filename: string;
            id: string;
            sha256: string;
            sizeBytes: number;
            uploadedBy: string;
        };
        /** @description The tracking board (进度看板) of a campaign */
        Board: {
            campaign: {
                /** Format: date */
                disclosureDate: string;
                documentNumber: string | null;
                dueDate: string | null;
                id: string;
                issuingUnit: components["schemas"]["UnitRef"];
                reportYear: number;
                status: components["schemas"]["CampaignStatus"];
                title: string;
            };
            children: {
                documentNumber: string | null;
                dueDate: string | null;
                id: string;
                issuingUnit: components["schemas"]["UnitRef"];
                parentId: string | null;
                status: string;
                title: string;
                totals: components["schemas"]["BoardTotals"];
            }[];
            filteredCount: number;
            generatedAt: string;
            measures: components["schemas"]["BoardMeasureTotals"];
            rollup: components["schemas"]["BoardTotals"];
            rows: components["schemas"]["BoardRow"][];
            /** Format: date */
            today: string;
            totals: components["schemas"]["BoardTotals"];
        };
        BoardDisclosure: {
            column: components["schemas"]["DisclosureColumn"];
            /** Format: date */
            dueDate: string;
            publishedLate: boolean | null;
            publishedOn: string | null;
            url: string | null;
        };
        /** @description The board's own rows: on-time rates by both measures, disclosure counts */
        BoardMeasureTotals: {
            notPublished: number;
            onTimeRateAgainstExtended: number | null;
            onTimeRateAgainstNotice: number | null;
            overdueUnpublished: number;
            published: number;
            publishedLate: number;
            submittedLateAgainstExtended: number;
            submittedLateAgainstNotice: number;
        };
        BoardRow: {
            /** @description 内部流程不符合要求: what the campaign's chain rules require that the target's report will not go through, read from the report's own review path (one report per unit and year answers every campaign: one made earlier under a weaker campaign or unit choice keeps its path); empty: the path keeps every rule. The unit's current choice (units.review_chain) does not change it */
            chainShortfall: {
                /** @description 集体审议, 法律顾问审查 or 主要负责人签发 */
                label: string;
                /** @enum {string} */
                rule: "deliberation" | "legalReview" | "signOff";
            }[];
            disclosure: components["schemas"]["BoardDisclosure"];
            /** Format: date */
            dueDate: string;
            extended: boolean;
            holders: {
                names: string[];
                roles: components["schemas"]["WorkflowRole"][];
            };
            /** @description 最近催办: the latest 催办 by hand of this target in this campaign; null: never pressed */
            lastUrgedAt: string | null;
            lateness: components["schemas"]["Lateness"];
            light: components["schemas"]["Light"];
            /** Format: date */
            originalDueDate: string;
            pendingExtensionId: string | null;
            progress: components["schemas"]["Progress"];
            /** @description This campaign's receipt (回执) of the report; null: not dispatched to it yet */
            receipt: ("received" | "accepted" | "returned") | null;
            reportId: string;
            returnCount: number;
            /** @description 得分 under the campaign's scoring rule (scores/) */
            score: number;
            /** @description 暂不评分: nothing was sent to this campaign and its due date has not passed, so `score` counts nothing yet (the console shows 未到期, the scoresheet 暂不评分) */
            scorePending: boolean;
            /** @description 扣分原因, one per deduction, in Chinese; empty: full marks */
            scoreReasons: string[];
            /** @description 当前环节: the state in Chinese */
            stage: string;
            stageDueAt: string | null;
            /** @description 本环节截止: working days left to stageDueAt on the unit calendar (0 = today, negative = overdue); null without a stage deadline */
            stageWorkingDaysLeft: number | null;
            state: string;
            submitted: boolean;
            submittedAt: string | null;
            submittedOnTime: boolean | null;
            unit: {
                id: string;
                kind: string;
                level: string;
                name: string;
            };
            /** @description How many times this campaign pressed the target by hand (催办) */
            urgeCount: number;
            workingDaysLeft: number | null;
            workingDaysOverdue: number | null;
        };
        BoardTotals: {
            byLight: {
                [key: string]: number;
            };
            byProgress: {
                [key: string]: number;
            };
            byState: {
                [key: string]: number;
            };
            /** @description 按时报送率, 0..1; null without targets */
            onTimeRate: number | null;
            overdue: number;
            submitted: number;
            submittedLate: number;
            submittedOnTime: number;
            targets: number;
        };
        /** @description A day of the working-day calendar, with the caller's own region's extra days */
        CalendarDay: {
            /** Format: date */
            date: string;
            isWorkingDay: boolean;
            /** @enum {string} */
            kind: "weekday" | "weekend" | "holiday" | "swapped-workday" | "regional-holiday" | "regional-workday";
            /** @description The holiday, or the holiday a worked weekend day makes up for */
            name: string | null;
            /** @description Whether that year's State Council schedule is in force (if not, Monday to Friday is assumed) */
            scheduled: boolean;
            /** @description 1 = Monday … 7 = Sunday */
            weekday: number;
        };
        CalendarOverview: {
            missing: components["schemas"]["MissingSchedule"][];
            national: components["schemas"]["ScheduleYearStatus"][] | null;
            places: {
                region: string | null;
                root: boolean;
                unitId: string;
                unitName: string;
            }[];
            regions: {
                region: string;
                years: components["schemas"]["ScheduleYearStatus"][];
            }[];
            /** Format: date */
            today: string;
        };
        CalendarYears: {
            /** @description Years whose State Council holiday schedule is in force; another year's working days are counted Monday to Friday */
            scheduledYears: number[];
            /**
             * Format: date
             * @description Today in China
             */
            today: string;
        };
        /** @description A campaign (报送任务): the notice and its settings */
        Campaign: {
            chainRules: components["schemas"]["ChainRules"];
            children: {
                id: string;
                issuingUnitId: string;
                title: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            disclosureDate: string;
            dueDate: string | null;
            id: string;
            issuingUnit: components["schemas"]["UnitRef"];
            /** @description The order the five items are printed in (statutory 1,2,3,4,5 unless the issuer set one) */
            itemOrder: number[];
            notice: {
                body: string;
                documentNumber: string | null;
                file: {
                    contentType: string;
                    name: string;
                    sha256: string;
                    sizeBytes: number;
                } | null;
                /** Format: date */
                issuedOn: string;
                title: string;
            };
            parentId: string | null;
            /** @description Who the reports are dispatched to */
            recipients: {
                /** @description 抄送: read the dispatched versions */
                copy: components["schemas"]["UnitRef"][];
                /** @description Bodies outside the tree the reports go to (e.g. 党中央、国务院, 抄送 中央依法治国办): no receipt; the issuing unit sends them on */
                external: {
                    /** @description 抄送 outside the tree */
                    copy: {
                        /** @enum {string} */
                        body: "party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department";
                        /** @description As printed: 党中央, 国务院, 中央依法治国办, 国务院有关部门 */
                        name: string;
                    }[];
                    /** @description 主送 outside the tree, printed after the units */
                    main: {
                        /** @enum {string} */
                        body: "party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department";
                        /** @description As printed: 党中央, 国务院, 中央依法治国办, 国务院有关部门 */
                        name: string;
                    }[];
                };
                /** @description 主送: the issuer decides; the others read */
                main: components["schemas"]["UnitRef"][];
                /** @description null: the lists above are every target’s. Else the targets are on differing lines of the rules table and each group of targets has its own 主送/抄送 (the lists above are then empty) */
                perTarget: {
                    /** @description 抄送: read the versions of these targets dispatched to them */
                    copy: components["schemas"]["UnitRef"][];
                    /** @description Bodies outside the tree the reports go to (e.g. 党中央、国务院, 抄送 中央依法治国办): no receipt; the issuing unit sends them on */
                    external: {
                        /** @description 抄送 outside the tree */
                        copy: {
                            /** @enum {string} */
                            body: "party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department";
                            /** @description As printed: 党中央, 国务院, 中央依法治国办, 国务院有关部门 */
                            name: string;
                        }[];
                        /** @description 主送 outside the tree, printed after the units */
                        main: {
                            /** @enum {string} */
                            body: "party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department";
                            /** @description As printed: 党中央, 国务院, 中央依法治国办, 国务院有关部门 */
                            name: string;
                        }[];
                    };
                    /** @description 主送 */
                    main: components["schemas"]["UnitRef"][];
                    /** @description The targets whose reports go to these recipients */
                    targets: components["schemas"]["UnitRef"][];
                }[] | null;
            };
            reminderPolicy: components["schemas"]["ReminderPolicy"];
            /**
             * @description The line asked for: annual (法治政府建设年度报告) or demonstration_area (示范地区年度报告, its own report, due end of January)
             * @enum {string}
             */
            reportLine: "annual" | "demonstration_area";
            reportYear: number;
            /** @description 报送时须上传盖章扫描件: a report answering this campaign is dispatched only with a stamped scan of the version sent */
            requiresStampedScan: boolean;
            selection: {
                kinds?: string[];
                levels?: string[];
                nameContains?: string;
                unitIds?: string[];
            };
            stageLimits: {
                [key: string]: number;
            } | null;
            status: components["schemas"]["CampaignStatus"];
            targetCount: number;
            withdrawn: {
                /** Format: date-time */
                at: string;
                by: string | null;
                reason: string | null;
            } | null;
            workflow: {
                id: string;
                version: number;
            };
        };
        CampaignEvent: {
            /** @enum {string} */
            action: "issued" | "targets_added" | "withdrawn" | "notice_file_attached" | "extension_requested" | "extension_granted" | "extension_refused" | "extension_cancelled" | "scoring_rule_set" | "notice_drafted" | "notice_edited" | "notice_refreshed" | "notice_issued" | "item_order_set" | "external_forwarded" | "target_urged";
            actor: {
                displayName: string | null;
                id: string;
            };
            /** Format: date-time */
            createdAt: string;
            details: {
                [key: string]: unknown;
            };
            id: number;
            unit: {
                id: string;
                name: string | null;
            } | null;
        };
        /** @description Per report of a campaign: its findings by status (the board's 问题清单 column) */
        CampaignFindingCounts: {
            items: {
                answered: number;
                closed: number;
                earliestOpenDueOn: string | null;
                open: number;
                reportId: string;
            }[];
        };
        /** @description A campaign's item order (#18 item 7): the order its reports' exports print the five items in */
        CampaignItemOrder: {
            /** @description false once a report has been dispatched to the campaign, or the campaign was withdrawn */
            changeable: boolean;
            /** @description How many reports have been dispatched to the campaign */
            dispatched: number;
            /** @description true: the regulation’s 1,2,3,4,5 */
            isStatutory: boolean;
            /** @description The order the five items are printed in */
            itemOrder: number[];
            /** @description Why it no longer changes; null while it may */
            lockedBecause: ("dispatched" | "withdrawn") | null;
            /** @description expectedVersion for the next PUT */
            version: number;
        };
        CampaignListItem: {
            /** Format: date-time */
            createdAt: string;
            documentNumber: string | null;
            dueDate: string | null;
            id: string;
            issuingUnit: components["schemas"]["UnitRef"];
            parentId: string | null;
            /** @enum {string} */
            relation: "issued" | "received";
            reportYear: number;
            status: components["schemas"]["CampaignStatus"];
            targetCount: number;
            title: string;
        };
        /** @description The stored 通报 (报送情况通报) of a campaign */
        CampaignNotice: {
            /** @description 主送, printed after the title */
            addressees: string[];
            campaignId: string;
            campaignTitle: string;
            /** @description The caller coordinates the issuing office and the 通报 is a draft: edit and issue */
            canEdit: boolean;
            /** @description 抄送, printed in the 版记 (may be empty) */
            copiesTo: string[];
            /** @description For the office editing a draft: while count > 0, 印发 answers 409 NOTICE_BEFORE_DISCLOSURE_DATE unless confirmBeforeDisclosureDate is sent (the 通报 cannot name who fails to publish); null for other readers and once issued */
            disclosureNotYetDue: {
                /** @description Targets not published while the disclosure date has not passed */
                count: number;
                /**
                 * Format: date
                 * @description The campaign’s disclosure date
                 */
                disclosureDate: string;
            } | null;
            /** @description 文号 */
            documentNumber: string | null;
            /** @description For the office editing a draft: the board changed since the text was generated, so its figures may be out of date (refresh it, or issue with confirmChangedFacts); false for other readers and for an issued 通报 */
            factsChanged: boolean;
            issuedAt: string | null;
            /** @description 成文日期 (Beijing date) */
            issuedOn: string | null;
            issuingUnit: {
                id: string;
                name: string;
            };
            /** @description The units it names, notified when it is issued */
            namedUnits: {
                id: string;
                name: string;
            }[];
            /** @description For the office editing a draft: the targets that keep it from being issued yet (印发 answers 409 NOTICE_TOO_EARLY while count > 0), so the console says so before anyone confirms; null for other readers and once issued */
            notYetDue: {
                /** @description Targets neither reported nor due yet */
                count: number;
                /** @description The latest of their due dates */
                latestDueDate: string | null;
            } | null;
            /** @description The body, one paragraph each */
            paragraphs: string[];
            /**
             * @description draft: being edited; issued: 印发, never changed
             * @enum {string}
             */
            status: "draft" | "issued";
            /** @description For the office editing a draft: the body and named units the last refresh (POST …/notice/refresh) replaced, to copy its own paragraphs back; null when never refreshed, for other readers and once issued */
            textBeforeRefresh: {
                namedUnits: {
                    id: string;
                    name: string;
                }[];
                paragraphs: string[];
                /** Format: date-time */
                replacedAt: string;
                /** @description The draft version the refresh replaced */
                version: number;
            } | null;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description expectedVersion for the next PUT or issue */
            version: number;
        };
        CampaignRecordVerification: {
            brokenAt?: number;
            reason?: string;
            verified: boolean;
        };
        CampaignScoringRule: {
            /** @description true: the campaign scores by the documented default */
            isDefault: boolean;
            rule: components["schemas"]["ScoringRule"];
            /** @description expectedVersion for the next PUT */
            version: number;
        };
        /** @enum {string} */
        CampaignStatus: "active" | "withdrawn";
        /** @description 内部审核流程要求: what a target’s own review chain must keep, else the campaign’s path applies */
        ChainRules: {
            /** @description 集体审议 */
            deliberation: boolean;
            /** @description 法律顾问审查 */
            legalReview: boolean;
            /** @description 主要负责人签发 */
            signOff: boolean;
        };
        ChainRulesDto: {
            /** @description 集体审议: the chain records the deliberation meeting; cannot be false */
            deliberation?: boolean;
            /** @description 法律顾问审查: the chain has the legal adviser’s review; false lets a unit whose chain skips it keep its own */
            legalReview?: boolean;
            /** @description 主要负责人签发: the principal leader signs off; cannot be false */
            signOff?: boolean;
        };
        ChangePasswordDto: {
            /** @description The password in use now (the one-time password after a reset) */
            currentPassword: string;
            /** @description At least 10 characters with a letter and a digit, at least 5 different characters, no run or repeat of more than 5 (123456, aaaaaa); not the published demo password */
            newPassword: string;
        };
        CheckContentDto: {
            /**
             * @description The year reported on
             * @example 2024
             */
            campaignYear: number;
            /** @description The full text as pasted, if any: title and signature are read from it */
            fullText?: string;
            sections: components["schemas"]["SectionsDto"];
            /** @example 呼图壁县交通运输局 */
            unitName: string;
        };
        /** @description The revision now allowed to leave drafting */
        CheckOverride: {
            revision: number;
        };
        CheckOverrideDto: {
            /**
             * @description Why the report may leave drafting despite the check
             * @example 往年报告补报，年度按实际填写
             */
            reason: string;
        };
        CheckResult: {
            /** @description The figures quoted, in order: the first 1,000 at most */
            figures: components["schemas"]["Figure"][];
            findings: components["schemas"]["Finding"][];
            passed: boolean;
        };
        CheckSectionsDto: {
            /** @description The full text as pasted, if any: title and signature are read from it */
            fullText?: string;
            sections: components["schemas"]["SectionsDto"];
        };
        CloseFindingDto: {
            /** @example 整改到位 */
            comment?: string;
            /**
             * @description The finding version you saw
             * @example 2
             */
            expectedVersion: number;
        };
        /** @description One report dispatched to my unit (主送 or 抄送), as it was dispatched (never the draft in progress) */
        CopiedReport: {
            /** @description The campaign the report was created under (not necessarily one that addressed your unit: see `campaigns`) */
            campaignId: string | null;
            /** @description 来文依据: the campaigns the report was sent to whose notice addressed your unit (named 主送 or 抄送, or issued by it: issuer), and how; empty for the regulation’s copy of a report no campaign asked for */
            campaigns: {
                /** @description 文号 */
                documentNumber: string | null;
                id: string;
                /** @description Your unit issued this campaign: it accepts or returns the report, also when its notice named it 主送 or 抄送 */
                issuedByYou: boolean;
                /** @enum {string} */
                receivedAs: "main" | "issuer" | "copy";
                title: string;
            }[];
            copy: {
                /** @description How many times the report was dispatched to this unit */
                dispatchCount: number;
                /** Format: date-time */
                dispatchedAt: string;
                /**
                 * Format: date-time
                 * @description When the first copy arrived
                 */
                firstDispatchedAt: string;
                /** @description The revision dispatched (sent upward) the last time */
                revision: number;
            };
            id: string;
            /**
             * @description How my unit received it: main (主送: it is named 主送 in a campaign the report was sent to), issuer (报送: it issued that campaign and is named on none of its lists for the report; it accepts or returns it) or copy (抄送)
             * @enum {string}
             */
            receivedAs: "main" | "issuer" | "copy";
            /** @description The unit it was dispatched to: my unit, or an office I read copies for (a 司法局 officer holding coordinator in the 依法治县办 housed there) */
            receivedBy: components["schemas"]["UnitRef"];
            reportYear: number;
            /** @description Where the report stood when it was last dispatched to my unit (not where it is now) */
            state: string;
            stateLabel: string;
            /** @description The title of the dispatched revision */
            title: string;
            /** @description The reporting unit */
            unit: components["schemas"]["UnitRef"];
        };
        CreateReportDto: {
            /**
             * @description The year reported on
             * @example 2024
             */
            reportYear: number;
            /** @example 呼图壁县交通运输局2024年法治政府建设年度报告 */
            title?: string;
            /** @description The reporting unit */
            unitId: string;
        };
        CreateUnitDto: {
            /** @description Designated demonstration area (法治政府建设示范地区), set on its government: one additional report line, due end of January */
            demonstrationArea?: boolean;
            /**
             * @description Administrative division code (行政区划代码)
             * @example 652323
             */
            divisionCode?: string;
            /** @description For a rule_of_law_office (依法治X办) only: the justice bureau (司法局) whose staff run it, a 司法局 of the same government */
            housedInUnitId?: string;
            /**
             * @example department
             * @enum {string}
             */
            kind: "government" | "department" | "justice_bureau" | "other" | "party_committee" | "congress_standing_committee" | "rule_of_law_office";
            /**
             * @example county
             * @enum {string}
             */
            level: "province" | "prefecture" | "county" | "township";
            /** @example 呼图壁县交通运输局 */
            name: string;
            /** @description The unit it belongs under (must be within your admin reach) */
            parentId: string;
        };
        CreateUserDto: {
            /** @example 张三 */
            displayName: string;
            email?: string;
            /** @description At least 10 characters with a letter and a digit, at least 5 different characters, no run or repeat of more than 5 (123456, aaaaaa); not the published demo password */
            password: string;
            roles: components["schemas"]["RoleGrantDto"][];
            unitId: string;
            /** @example htb-drafter2 */
            username: string;
        };
        /** @description A delivery (e-mail, webhook) that failed every retry, or whose sender stopped mid-send */
        DeadLetter: {
            attempts: number;
            channel: string;
            /** Format: date-time */
            createdAt: string;
            deadAt: string | null;
            id: number;
            lastError: string | null;
            /**
             * @description failed: every attempt failed. unconfirmed: the sending worker stopped mid-send, so it may have been sent; check with the recipient before replaying
             * @enum {string}
             */
            reason: "failed" | "unconfirmed";
            replays: number;
            reportId: string | null;
            subject: string;
            target: string;
            unit: components["schemas"]["UnitRef"];
        };
        DecideExtensionDto: {
            /** @description Required when refusing */
            comment?: string;
            /** @enum {string} */
            decision: "grant" | "refuse";
            /**
             * @description Grant a different date than asked
             * @example 2026-03-04
             */
            dueDate?: string;
        };
        DecisionFindingDto: {
            /**
             * @description 整改 due date (China date); default today + 30 days
             * @example 2043-03-31
             */
            dueOn?: string;
            /**
             * @description The finding (问题)
             * @example 第四部分未写明行政复议纠错率
             */
            text: string;
        };
        /** @description The recipients a campaign gets when the issuer names none */
        DefaultRecipients: {
            /** @description With reportYear: the issuer’s active campaign that already asks some of these targets for that year and line, and which of them (issuing them again is CAMPAIGN_DUPLICATE); null: none, or no reportYear sent */
            alreadyAsked: {
                campaignId: string;
                documentNumber: string | null;
                title: string;
                units: components["schemas"]["UnitRef"][];
            } | null;
            /** @description 抄送 (empty for per_target) */
            copy: components["schemas"]["UnitRef"][];
            /** @description Bodies outside the tree the reports go to (e.g. 党中央、国务院, 抄送 中央依法治国办): no receipt; the issuing unit sends them on */
            external: {
                /** @description 抄送 outside the tree */
                copy: {
                    /** @enum {string} */
                    body: "party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department";
                    /** @description As printed: 党中央, 国务院, 中央依法治国办, 国务院有关部门 */
                    name: string;
                }[];
                /** @description 主送 outside the tree, printed after the units */
                main: {
                    /** @enum {string} */
                    body: "party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department";
                    /** @description As printed: 党中央, 国务院, 中央依法治国办, 国务院有关部门 */
                    name: string;
                }[];
            };
            /** @description source per_target: the targets grouped by their line’s 主送/抄送; else null */
            groups: {
                /** @description 抄送: read the versions of these targets dispatched to them */
                copy: components["schemas"]["UnitRef"][];
                /** @description Bodies outside the tree the reports go to (e.g. 党中央、国务院, 抄送 中央依法治国办): no receipt; the issuing unit sends them on */
                external: {
                    /** @description 抄送 outside the tree */
                    copy: {
                        /** @enum {string} */
                        body: "party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department";
                        /** @description As printed: 党中央, 国务院, 中央依法治国办, 国务院有关部门 */
                        name: string;
                    }[];
                    /** @description 主送 outside the tree, printed after the units */
                    main: {
                        /** @enum {string} */
                        body: "party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department";
                        /** @description As printed: 党中央, 国务院, 中央依法治国办, 国务院有关部门 */
                        name: string;
                    }[];
                };
                /** @description The row of the rules table; null: the issuer is on none of these targets’ lines, so it receives (主送) their reports */
                lineKind: ("department" | "government_to_own_level" | "party_and_government_to_level_up" | "provincial_party_and_government" | "demonstration_area") | null;
                /** @description 主送 */
                main: components["schemas"]["UnitRef"][];
                /** @description The targets whose reports go to these recipients */
                targets: components["schemas"]["UnitRef"][];
                /** @description Recipients the group’s line names but the directory lacks */
                unresolved: components["schemas"]["UnresolvedRecipient"][];
            }[] | null;
            /** @description The row of the rules table (source routing_table) */
            lineKind: ("department" | "government_to_own_level" | "party_and_government_to_level_up" | "provincial_party_and_government" | "demonstration_area") | null;
            /** @description 主送 (empty for per_target) */
            main: components["schemas"]["UnitRef"][];
            /** @description Why the issuer receives (source issuer) */
            reason: "issuer_not_on_line" | null;
            /**
             * @description routing_table: one list for every target, from the rules of 厅字〔2019〕28号; per_target: the targets are on differing lines, each group gets its own list (groups); issuer: the issuing unit receives
             * @enum {string}
             */
            source: "routing_table" | "per_target" | "issuer";
            targetCount: number;
            /** @description source routing_table: recipients the rules name on the line but the directory lacks (no 人大常委会 unit yet …); they get nothing until an administrator adds the unit. Empty otherwise */
            unresolved: components["schemas"]["UnresolvedRecipient"][];
            /** @description Targets with a step of their review path (the unit’s chosen one, else the default) that no active account of the unit can take: their report would wait on nobody there. Told, not refused; empty: all staffed */
            unstaffed: {
                missing: {
                    /** @description The step as users say it (起草, 科室审核, …) */
                    label: string;
                    /** @description The state id (drafting, dept_review, …) */
                    step: string;
                }[];
                unit: components["schemas"]["UnitRef"];
            }[];
        };
        /** @description Deliberation (集体审议), sign-off (签发) and dispatch (文号) of the report */
        Deliberation: {
            /** @description The unit's deliberating body (党组会议, 政府常务会议 …) */
            body: string;
            /** @description A joint report's 党委 principal leader's sign-off (会签, after the government's), who and when; null otherwise */
            coSignOff: {
                /** Format: date-time */
                signedAt: string;
                signedBy: {
                    displayName: string | null;
                    id: string;
                    username: string | null;
                };
            } | null;
            /** @description The unit's document number (文号) of the last dispatch */
            documentNumber: string | null;
            /** @description true for each of signOff, coSignOff and documentNumber recorded before the report went back to drafting (a return, a withdrawal) and not again since: the last round's, not this draft's */
            earlierRound: {
                coSignOff: boolean;
                documentNumber: boolean;
                signOff: boolean;
            };
            meeting: {
                body: string;
                /** @description YYYY-MM-DD */
                date: string;
                minutesNumber: string;
                /** @description true: the next submit goes straight to sign-off (no second meeting) */
                stands: boolean;
            } | null;
            /** @description 主要负责人签发: who signed the last dispatched version off, and when */
            signOff: {
                /** Format: date-time */
                signedAt: string;
                signedBy: {
                    displayName: string | null;
                    id: string;
                    username: string | null;
                };
            } | null;
        };
        DeliberationBodyDto: {
            /**
             * @description The body that deliberates the unit's annual report before the principal leader signs it off (集体审议); it names the stage (集体审议（局长办公会议）) and is recorded with the meeting. null: the default for the unit kind (a department 党组会议, a government 政府常务会议, a party committee 党委常委会会议, a people’s congress standing committee 主任会议; a township’s government and party committee 党委会议). Required, so an empty body changes nothing.
             * @example 局长办公会议
             * @enum {string|null}
             */
            deliberationBody: "党组会议" | "局党委会议" | "局长办公会议" | "政府常务会议" | "党委常委会会议" | "主任会议" | "党委会议" | "党政联席会议" | "乡镇长办公会议" | null;
        };
        DeliberationBodySetting: {
            /** @description null: the default for the unit kind */
            deliberationBody: string | null;
            /** @description The body the deliberation stage names and records */
            effective: string;
            unitId: string;
        };
        DemonstrationAreaDto: {
            /**
             * @description true: the government is a national demonstration area (全国法治政府建设示范地区) and owes the additional report; false: no longer
             * @example true
             */
            demonstrationArea: boolean;
        };
        /** @description A run of lines the two revisions share, or that one of them adds or removes */
        DiffHunk: {
            /** @enum {string} */
            kind: "same" | "added" | "removed";
            lines: string[];
        };
        /** @description A report's disclosure track (保密审查, publication), parallel to its review and receipts */
        Disclosure: {
            dueDate: string | null;
            publication: {
                channel: components["schemas"]["DisclosureChannel"];
                /**
                 * Format: date
                 * @description The date of the first publication: kept when a corrected text is published again; the board, the score and the 通报 judge lateness by it
                 */
                firstPublishedOn: string;
                publishedBy: string;
                /** Format: date */
                publishedOn: string;
                /** Format: date-time */
                recordedAt: string;
                revision: number;
                url: string;
            } | null;
            reportId: string;
            review: {
                comment: string | null;
                /** @enum {string} */
                conclusion: "cleared" | "changes_needed";
                /** Format: date-time */
                reviewedAt: string;
                reviewedBy: string;
                revision: number;
                role: components["schemas"]["Role"];
            } | null;
            status: components["schemas"]["DisclosureStatus"];
            version: number;
            /** @description On GET: working days to dueDate (regional calendar), negative = overdue; null once published */
            workingDaysLeft?: number | null;
        };
        /** @enum {string} */
        DisclosureChannel: "government_website" | "newspaper" | "new_media" | "other";
        /**
         * @description 已公开 / 未公开 / 逾期未公开
         * @enum {string}
         */
        DisclosureColumn: "published" | "not_published" | "overdue_unpublished";
        DisclosurePublicationCorrectionDto: {
            /**
             * @description 政府网站 / 报刊 / 政务新媒体 / 其他
             * @enum {string}
             */
            channel: "government_website" | "newspaper" | "new_media" | "other";
            /**
             * @description The disclosure version you saw
             * @example 1
             */
            expectedVersion: number;
            /**
             * @description China date of the publication; not in the future
             * @example 2026-03-20
             */
            publishedOn: string;
            /**
             * @description Why the record is corrected (kept in the history)
             * @example 网址录入有误，更正为实际发布地址
             */
            reason: string;
            /** @example https://www.example.gov.cn/zwgk/fzzfjs/2026/01.html */
            url: string;
        };
        DisclosurePublicationDto: {
            /**
             * @description 政府网站 / 报刊 / 政务新媒体 / 其他
             * @enum {string}
             */
            channel: "government_website" | "newspaper" | "new_media" | "other";
            /**
             * @description The disclosure version you saw
             * @example 1
             */
            expectedVersion: number;
            /**
             * @description China date of the publication; not in the future
             * @example 2026-03-20
             */
            publishedOn: string;
            /** @example https://www.example.gov.cn/zwgk/fzzfjs/2026/01.html */
            url: string;
        };
        DisclosureReviewDto: {
            /**
             * @description Required when changes are needed
             * @example 第三部分案件当事人姓名应标注不予公开
             */
            comment?: string;
            /**
             * @description 保密审查: cleared, or changes needed first
             * @enum {string}
             */
            conclusion: "cleared" | "changes_needed";
            /**
             * @description The disclosure version you saw (0 before the first step)
             * @example 0
             */
            expectedVersion: number;
        };
        /** @enum {string} */
        DisclosureStatus: "not_started" | "reviewed" | "cleared_for_publication" | "published";
        /** @description 我的待办’s 政务公开: reports of my units still to be published, and the step waiting for me */
        DisclosureTodoList: {
            items: {
                /**
                 * Format: date
                 * @description The disclosure date (公开截止), Beijing time
                 */
                dueDate: string;
                report: {
                    id: string;
                    reportYear: number;
                    title: string;
                    unit: {
                        id: string;
                        name: string;
                    };
                };
                /**
                 * @description review: 保密审查 (unit leader or reviewer); mark: 修改不予公开标注 after a review that asked for it; publish: 登记公开
                 * @enum {string}
                 */
                step: "review" | "mark" | "publish";
                workingDaysLeft: number | null;
            }[];
        };
        DispatchToCampaignDto: {
            /**
             * @description The report's version you saw; if someone acted first you get 409
             * @example 7
             */
            expectedVersion: number;
        };
        /** @description What the export will change, and heading problems with their fixes, before the document is sent */
        DocumentCheck: {
            headings: {
                fix: ({
                    /** @constant */
                    action: "replace";
                    text: string;
                } | {
                    /** @constant */
                    action: "remove";
                } | {
                    /** @constant */
                    action: "move_to_top";
                    text: string;
                }) | null;
                item: number;
                /** @description 1-based line of the section text */
                line: number;
                message: string;
                /** @description The heading as the export prints it without the fix */
                printedAs: string;
                /** @enum {string} */
                problem: "misnumbered" | "duplicated" | "extra_heading" | "number_lost";
                /** @enum {string} */
                section: "measures" | "shortcomings" | "leadersDuty" | "nextYearPlan" | "other";
                written: string;
            }[];
            itemOrder: number[];
            punctuationChanges: number;
            removals: {
                line: number;
                /** @enum {string} */
                reason: "page_source_line" | "word_bookmark" | "view_counter" | "page_controls";
                /** @enum {string} */
                section: "measures" | "shortcomings" | "leadersDuty" | "nextYearPlan" | "other";
                text: string;
            }[];
            revision: number;
            /** @description 不予公开 markers that do not pair up or cannot be read: the public version is refused until fixed */
            withholdMarkers: {
                /** @enum {string} */
                kind: "unclosed" | "unopened" | "nested" | "unrecognised" | "lookalike";
                /** @description 1-based line of the section text (or the title) */
                line: number;
                /** @description The problem and what to do, in Chinese */
                message: string;
                /** @description Up to 20 characters before the marker, and the marker */
                near: string;
                where: ("measures" | "shortcomings" | "leadersDuty" | "nextYearPlan" | "other") | "title";
            }[];
        };
        /** @description How many active users hold the drafter role in a unit (no names) */
        DrafterCount: {
            drafters: number;
            unitId: string;
        };
        DutySeparationDto: {
            /**
             * @description enforced: the submitter of a revision may not approve it and nobody approves twice in one review round (a return starts a new round); relaxed: allowed for a tiny unit where one person holds several review roles, each such step recorded in the report history as relaxed; null: follow the DUTY_SEPARATION setting. Required, so an empty body changes nothing.
             * @example relaxed
             * @enum {string|null}
             */
            dutySeparation: "enforced" | "relaxed" | null;
        };
        DutySeparationSetting: {
            /** @description null: the default */
            dutySeparation: ("enforced" | "relaxed") | null;
            /** @enum {string} */
            effective: "enforced" | "relaxed";
            unitId: string;
        };
        EnteredSchedule: {
            /** Format: date-time */
            enteredAt: string;
            enteredBy: string;
            id: string;
            region: string | null;
            /** @description What the entry replaced, if anything */
            replaced: ("entry" | "file") | null;
            withdrawn: boolean;
            year: number;
        };
        ErrorBody: {
            /** @description Machine-readable specifics */
            details?: {
                [key: string]: unknown;
            };
            error: components["schemas"]["ErrorCode"];
            /** @description What to fix, in English */
            message: string;
            /** @description Also the X-Request-Id header */
            requestId: string;
            statusCode: number;
        };
        ErrorBody400: {
            /** @description Machine-readable specifics */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description BAD_REQUEST: The request could not be read (e.g. a path parameter of the wrong form)
             *     CALENDAR_SCHEDULE_INVALID: The schedule breaks a rule of the config/calendar format; `message` names the entry
             *     CASCADE_BEYOND_PARENT: A cascade (逐级下发) asks only what the parent campaign asked: units its targets received through you could ask themselves
             *     COMMENT_REQUIRED: A return, or the refusal of an extension, needs a comment saying why
             *     CURRENT_PASSWORD_WRONG: The current password given to change it is wrong
             *     DATE_IN_PAST: A due date lies before today (in China); `details.field` names it
             *     DISCLOSURE_FIELD_INVALID: A publication or review field is not acceptable (URL not http(s), date in the future or before the review, missing comment); `details.field` names it
             *     DUE_DATE_AFTER_PARENT: A cascaded campaign (or an extension of it) is due after the campaign it comes from
             *     DUE_DATE_AFTER_REGULATION: The due date is later than the regulation allows for some targets; `details.units` lists them with their date
             *     EXPORT_CAMPAIGN_UNKNOWN: `campaignId` (whose item order to print by) names no campaign the report answers. The campaigns it does answer are not listed: a copy recipient may not read them all
             *     EXTENSION_NOT_LATER: An extension must move the due date later
             *     EXTENSION_TOO_LATE: An extension may not run past the end of the year after the report year; `details.latestDate` names that day
             *     FIELD_INVALID: A field of the action is malformed (e.g. a date that does not exist); `details.invalidFields` names it
             *     FIELD_REQUIRED: The action needs more fields (e.g. the meeting record); `details.missingFields` names them
             *     FILE_REQUIRED: An upload came without its multipart field `file`
             *     FINDING_FIELD_INVALID: A finding field is not acceptable (empty text or measures, a due date before today, a missing comment); `details.field` names it
             *     FORWARDING_INVALID: The record of sending on is out of bounds (a body the campaign does not name, a date in the future or before the acceptance, a channel 其他 without words); `details.field` names the field
             *     IDEMPOTENCY_KEY_UNSUPPORTED: An Idempotency-Key was sent to a write that does not apply a key once: send it without the header (the endpoints that take one say so in the OpenAPI document)
             *     INVALID_ENCODING: The body is not valid UTF-8
             *     ITEM_ORDER_INVALID: `itemOrder` must name each of the items 1-5 exactly once (e.g. 3,1,2,4,5); `details.given` repeats it
             *     JOINT_REPORT_INVALID: A joint report (联合报告) names units that are not the 党委 and 政府 of the same place, or not both among the targets; `details.problems` names each
             *     MALFORMED_BODY: The compressed body could not be decompressed
             *     MALFORMED_JSON: The body is not valid JSON
             *     NOTICE_INVALID: A field of the 通报 is out of bounds; `details.violations` names each field and what is wrong
             *     NOT_A_DEMONSTRATION_AREA: A campaign on the demonstration line (reportLine demonstration_area) asks only governments flagged as national demonstration areas; `details.unitIds` and `unitNames` name the others
             *     NO_TARGETS: No unit below the issuing unit matches the selection
             *     PASSWORD_UNCHANGED: The new password is the same as the current one
             *     RECEIPT_COMMENT_REQUIRED: A return needs a comment saying what to fix
             *     RECIPIENT_INVALID: A recipient (主送/抄送) does not exist, is a target of the campaign, or is not one the issuer may address; `details.unitIds` names them
             *     REGULATION_DATE_PASSED: The regulation's date for this report year has passed for some targets, so no due date is both allowed and still ahead; `details.units` lists them with their date
             *     REPORT_LINE_MISMATCH: A cascade asks for the same line as the campaign it comes from; `details.parentReportLine` names it
             *     REPORT_TOO_LONG: The text has more paragraphs or lines than any report has (UPLOAD_LIMITS: 5,000 non-blank lines, 20,000 lines in all); `details` has the count and the limit
             *     ROLE_UNIT_INVALID: The role cannot be held in that unit (only coordinator and admin may be held in the user's parent unit)
             *     SCORING_RULE_INVALID: A scoring rule field is out of bounds (whole points; base 1-1000; no deduction above the base); `details.violations` names each
             *     STAMPED_SCAN_INVALID: The stamped scan (盖章扫描件) was refused: `details.reason` is not_pdf (the bytes are not a PDF), too_large (`details.maxBytes`) or empty
             *     TARGET_NOT_BELOW_ISSUER: Some targets are outside what the issuing unit may ask: below it; a department also its counterparts (same function) below the government of its level, a 司法局 or office every unit there
             *     TOKEN_IN_QUERY: Tokens in query strings are refused (they end up in logs); open the queue board with POST /admin/queue-board/session
             *     UNIT_HOUSING_INVALID: housedInUnitId is only for a rule-of-law office (依法治X办), and must name a justice bureau (司法局) of the same government
             *     UNIT_PLACEMENT_INVALID: A new unit's level may not be above its parent's, and its divisionCode must lie inside the nearest division code above it
             *     UNKNOWN_ACTION: The action is not one of the report's workflow
             *     UNKNOWN_WORKFLOW: The workflow definition and version named do not exist
             *     USERNAME_INVALID: The username holds an invisible or control character (`details.codePoint`); type it without
             *     VALIDATION_FAILED: A field of the request is missing or wrong; `message` names each field and what to fix, `details.fields` lists them (one line per field). A query parameter the route does not take is refused the same way, never ignored; only the anonymous public pages (`/public/reports…`) ignore those they do not take, such as what chat apps append to shared links
             *     WEBHOOK_URL_REFUSED: The webhook URL points at a private, loopback, link-local or otherwise internal address (or an unusual port); allow intranet robots with WEBHOOK_ALLOWED_HOSTS
             * @enum {string}
             */
            error: "BAD_REQUEST" | "CALENDAR_SCHEDULE_INVALID" | "CASCADE_BEYOND_PARENT" | "COMMENT_REQUIRED" | "CURRENT_PASSWORD_WRONG" | "DATE_IN_PAST" | "DISCLOSURE_FIELD_INVALID" | "DUE_DATE_AFTER_PARENT" | "DUE_DATE_AFTER_REGULATION" | "EXPORT_CAMPAIGN_UNKNOWN" | "EXTENSION_NOT_LATER" | "EXTENSION_TOO_LATE" | "FIELD_INVALID" | "FIELD_REQUIRED" | "FILE_REQUIRED" | "FINDING_FIELD_INVALID" | "FORWARDING_INVALID" | "IDEMPOTENCY_KEY_UNSUPPORTED" | "INVALID_ENCODING" | "ITEM_ORDER_INVALID" | "JOINT_REPORT_INVALID" | "MALFORMED_BODY" | "MALFORMED_JSON" | "NOTICE_INVALID" | "NOT_A_DEMONSTRATION_AREA" | "NO_TARGETS" | "PASSWORD_UNCHANGED" | "RECEIPT_COMMENT_REQUIRED" | "RECIPIENT_INVALID" | "REGULATION_DATE_PASSED" | "REPORT_LINE_MISMATCH" | "REPORT_TOO_LONG" | "ROLE_UNIT_INVALID" | "SCORING_RULE_INVALID" | "STAMPED_SCAN_INVALID" | "TARGET_NOT_BELOW_ISSUER" | "TOKEN_IN_QUERY" | "UNIT_HOUSING_INVALID" | "UNIT_PLACEMENT_INVALID" | "UNKNOWN_ACTION" | "UNKNOWN_WORKFLOW" | "USERNAME_INVALID" | "VALIDATION_FAILED" | "WEBHOOK_URL_REFUSED";
            /** @description What to fix, in English */
            message: string;
            /** @description Also the X-Request-Id header */
            requestId: string;
            statusCode: number;
        };
        ErrorBody401: {
            /** @description Machine-readable specifics */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description ACCOUNT_DEACTIVATED: The account has been deactivated
             *     BAD_CREDENTIALS: The username or password is wrong
             *     INVALID_REFRESH_TOKEN: The refresh token is unknown, reused or expired; log in again
             *     INVALID_TOKEN: The access token is malformed, tampered with or expired; log in again
             *     SESSION_ENDED: The session of the token ended (logout, deactivation, role removal or expiry); log in again
             *     UNAUTHENTICATED: No access token was sent (send `Authorization: Bearer <access token>`)
             * @enum {string}
             */
            error: "ACCOUNT_DEACTIVATED" | "BAD_CREDENTIALS" | "INVALID_REFRESH_TOKEN" | "INVALID_TOKEN" | "SESSION_ENDED" | "UNAUTHENTICATED";
            /** @description What to fix, in English */
            message: string;
            /** @description Also the X-Request-Id header */
            requestId: string;
            statusCode: number;
        };
        ErrorBody403: {
            /** @description Machine-readable specifics */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description CALENDAR_SCOPE: The national schedule is entered by an administrator of a top-level unit, a region's by an administrator of that region
             *     DUTIES_NOT_SEPARATED: Separation of duties (职责分离): the submitter may not approve, and no one approves twice in one review round; `details.rule` names the rule
             *     FORBIDDEN: Refused by the framework without a more precise reason (role refusals are ROLE_REQUIRED)
             *     GRANT_TO_APPOINTER_FORBIDDEN: Nobody grants a role to the administrator who appointed them (directly or through administrators that one appointed): it would be a grant to oneself through an account one made; an administrator the user did not appoint must
             *     OWN_ADMIN_ROLE_REMOVAL_FORBIDDEN: An administrator does not remove their own administrator role (the units could be left with nobody to administer them); another administrator must
             *     OWN_PASSWORD_RESET_FORBIDDEN: An administrator changes their own password with POST /auth/password, not by a reset
             *     PASSWORD_CHANGE_REQUIRED: An administrator set a one-time password: change it with POST /auth/password before anything else
             *     ROLE_REQUIRED: You can see the object but none of your roles there may do this; `details.needed` lists the roles that may, `details.held` the ones you hold there (when known)
             *     SELF_GRANT_FORBIDDEN: Nobody grants a role to themselves; another administrator of the unit must
             *     TARGET_HOLDS_ROLE_BEYOND_YOUR_REACH: The user holds a role in a unit you do not administer (e.g. above you); only an administrator of that unit may change the user
             * @enum {string}
             */
            error: "CALENDAR_SCOPE" | "DUTIES_NOT_SEPARATED" | "FORBIDDEN" | "GRANT_TO_APPOINTER_FORBIDDEN" | "OWN_ADMIN_ROLE_REMOVAL_FORBIDDEN" | "OWN_PASSWORD_RESET_FORBIDDEN" | "PASSWORD_CHANGE_REQUIRED" | "ROLE_REQUIRED" | "SELF_GRANT_FORBIDDEN" | "TARGET_HOLDS_ROLE_BEYOND_YOUR_REACH";
            /** @description What to fix, in English */
            message: string;
            /** @description Also the X-Request-Id header */
            requestId: string;
            statusCode: number;
        };
        ErrorBody404: {
            /** @description Machine-readable specifics */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description ATTACHMENT_NOT_FOUND: The report has no attachment with this id
             *     CAMPAIGN_NOT_FOUND: The campaign does not exist or is outside your reach (the two answer alike)
             *     EXTENSION_NOT_FOUND: The campaign has no extension request with this id
             *     FINDING_NOT_FOUND: No such finding, or the caller is neither the report’s unit nor the raising coordinator
             *     NOTICE_FILE_NOT_FOUND: The campaign has no notice file
             *     NOTICE_NOT_FOUND: The campaign has no 通报 you may read: none is stored yet, or it is a draft (only the issuing office reads drafts), or you are not in a unit it names
             *     NOTIFICATION_NOT_FOUND: You have no notification with this id
             *     NOT_FOUND: The unit, user or other object does not exist or is outside your reach (the two answer alike), or no route matches
             *     RECEIPT_NOT_FOUND: The report was never dispatched to this campaign, or you do not coordinate its issuer
             *     REPORT_NOT_FOUND: The report does not exist or is outside your reach (the two answer alike)
             *     REVISION_NOT_FOUND: The report has no revision with this number
             *     ROLE_NOT_HELD: The user does not hold this role (in that unit)
             *     STAMPED_SCAN_NOT_FOUND: No stamped scan has been uploaded for this report (or none that the caller may read)
             * @enum {string}
             */
            error: "ATTACHMENT_NOT_FOUND" | "CAMPAIGN_NOT_FOUND" | "EXTENSION_NOT_FOUND" | "FINDING_NOT_FOUND" | "NOTICE_FILE_NOT_FOUND" | "NOTICE_NOT_FOUND" | "NOTIFICATION_NOT_FOUND" | "NOT_FOUND" | "RECEIPT_NOT_FOUND" | "REPORT_NOT_FOUND" | "REVISION_NOT_FOUND" | "ROLE_NOT_HELD" | "STAMPED_SCAN_NOT_FOUND";
            /** @description What to fix, in English */
            message: string;
            /** @description Also the X-Request-Id header */
            requestId: string;
            statusCode: number;
        };
        ErrorBody405: {
            /** @description Machine-readable specifics */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description METHOD_NOT_ALLOWED: The path exists but not with this HTTP method
             *     QUEUE_BOARD_READ_ONLY: The queue board is read-only unless QUEUE_BOARD_READ_ONLY=false
             * @enum {string}
             */
            error: "METHOD_NOT_ALLOWED" | "QUEUE_BOARD_READ_ONLY";
            /** @description What to fix, in English */
            message: string;
            /** @description Also the X-Request-Id header */
            requestId: string;
            statusCode: number;
        };
        ErrorBody408: {
            /** @description Machine-readable specifics */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description REQUEST_TIMEOUT: The request body arrived too slowly (REQUEST_TIMEOUT_MS)
             * @enum {string}
             */
            error: "REQUEST_TIMEOUT";
            /** @description What to fix, in English */
            message: string;
            /** @description Also the X-Request-Id header */
            requestId: string;
            statusCode: number;
        };
        ErrorBody409: {
            /** @description Machine-readable specifics */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description ACTION_NOT_ALLOWED_IN_STATE: The action is not possible in the report’s current state; `message` lists the possible ones
             *     CAMPAIGN_DUPLICATE: The issuing unit already has an active campaign for this report year asking some of the same units; `details` names it
             *     CAMPAIGN_PAST_DUE: The campaign is past its due date and can no longer be withdrawn
             *     CAMPAIGN_WITHDRAWN: The campaign has been withdrawn
             *     CANNOT_DEACTIVATE_SELF: An administrator cannot deactivate their own account
             *     CONFLICT: Refused by the framework because of the current state
             *     DISCLOSURE_ALREADY_PUBLISHED: The report is published and no later revision is signed off; nothing more to record
             *     DISCLOSURE_MARKING_NOT_OPEN: The 不予公开 marking is revised here (POST /reports/:id/disclosure/marking) only for an accepted report whose 保密审查 of the current revision needs changes, until it is published (or, published and corrected since, until the corrected text is); `details.reason` is not_accepted (drafting: save as usual; sent: withdraw the dispatch), no_review_asking or published
             *     DISCLOSURE_NOT_CLEARED: Publication needs a confidentiality review (保密审查) that cleared the report
             *     DISCLOSURE_NOT_DISPATCHED: The 保密审查 starts once the report has been signed off (签发); the publication once it has been sent (submitted or later)
             *     DISCLOSURE_NOT_PUBLISHED: Only a registered publication is corrected (更正); the report is not published yet
             *     DISCLOSURE_REVIEW_OUTDATED: The confidentiality review covered an earlier revision than the current one; review the current revision first
             *     DISCLOSURE_STALE_VERSION: Someone recorded a disclosure step first: `expectedVersion` is not the current disclosure version; `details` has it
             *     DISPATCH_NOT_POSSIBLE: Only a report that left its unit (submitted, accepted or published) is dispatched to a campaign added later; one still in its unit reaches every campaign at its next dispatch
             *     EXTENSION_ALREADY_DECIDED: The extension request has already been decided
             *     EXTENSION_PENDING: An extension request of this unit is already waiting; `details.extensionId` names it
             *     FINDING_NO_RECEIPT: Findings are raised on a campaign’s receipt: the report has not been dispatched to a campaign the caller issued
             *     FINDING_STALE_VERSION: Someone changed the finding first: `expectedVersion` is not its current version; `details` has it
             *     FINDING_WRONG_STATUS: The step does not fit the finding’s status (answer an open finding, close an answered one, reopen an answered or closed one); `details.status` has it
             *     FORWARDING_CHANGED: The record being corrected is not the current one for this body (someone recorded first); `details.currentId` names the current record to reload
             *     FORWARDING_NOT_ACCEPTED: The issuing office has not accepted this target’s report (or has returned it since): only an accepted report is sent on
             *     ITEM_ORDER_LOCKED: The campaign’s item order no longer changes: a report has been dispatched to it (`details.dispatched` counts them)
             *     ITEM_ORDER_STALE_VERSION: Someone changed the item order first; `details.currentVersion` is the version to reload
             *     JOINT_REPORT_CONFLICT: One of the pair already has its own report for the year (one report per unit and year); `details.reports` names it
             *     NOTICE_ALREADY_ISSUED: The 通报 has been issued (印发) and is never changed; `details.issuedOn` gives the date
             *     NOTICE_BEFORE_DISCLOSURE_DATE: The campaign’s disclosure date has not passed and some targets have not published their report yet: a 通报 issued now can never name who fails to publish. Issue after that date, or with `confirmBeforeDisclosureDate: true`; `details` gives how many and the date
             *     NOTICE_EXISTS: The campaign already has a stored 通报 (one per campaign); `details` gives its status and version
             *     NOTICE_FACTS_CHANGED: The board has changed since the text was generated (a unit reported, was accepted or returned, published…): its figures may be out of date. Refresh the text (POST /campaigns/:id/notice/refresh) or issue with `confirmChangedFacts: true` after checking it
             *     NOTICE_STALE_VERSION: Someone changed the 通报 first; `details.currentVersion` is the version to reload
             *     NOTICE_TOO_EARLY: Some targets are not due yet and have not reported: the one 通报 of a campaign is issued (印发) once each has reported or its due date has passed; `details` gives how many and the latest due date
             *     NOT_DEAD: The delivery is not in the dead-letter list, so it cannot be replayed
             *     NO_REVISION_YET: The report has no saved revision yet, so there is nothing to export or to override
             *     RECEIPT_ALREADY_DECIDED: The receipt is not waiting for a decision (accepted, returned, its campaign was withdrawn, or the unit withdrew its dispatch)
             *     RECEIPT_DECISION_REQUIRED: A report dispatched to campaigns is accepted or returned per receipt: POST /reports/:id/receipts/:campaignId/accept or /return
             *     RECEIPT_EXISTS: The report was already dispatched to this campaign: its next dispatch reaches it again
             *     RECEIPT_RETURN_NOT_POSSIBLE: The report was already accepted (or made public) when it was sent to this campaign: it can be accepted, with findings (整改意见) for what must change, not returned
             *     RECEIPT_STALE_VERSION: The receipt changed since you read it (`expectedVersion` is not its version): `details` has its status and version
             *     REPORT_ALREADY_SUBMITTED: The report has been submitted; no extension is needed
             *     REPORT_EXISTS: The unit already has its report for the year: a campaign asked for it (details.reportId names it), or it was made before
             *     REPORT_NOT_EDITABLE: The report can only be changed while drafting
             *     REPORT_STALE_VERSION: Someone acted on the report first: `expectedVersion` is not the current version; `details` has the current state and version
             *     REVISION_STALE: `basedOnRevision` is not the latest revision; reload, merge and save again
             *     ROLE_ALREADY_HELD: The user already holds this role in that unit
             *     SCORING_RULE_STALE_VERSION: Someone changed the scoring rule first; `details.currentVersion` is the version to reload
             *     STAMPED_SCAN_TOO_EARLY: A stamped scan is uploaded at dispatch: the report is still being drafted (`details.state`)
             *     TARGET_EXISTS: Some units are already targets of the campaign
             *     UNIT_BODY_EXISTS: The place already has this body: a government with the same divisionCode, or a 党委 / 人大常委会 of the same government (`details.existing` names it)
             *     UNIT_NAME_CHANGED: The unit was renamed by someone else since you read it (`details.currentName`); nothing was changed
             *     UNIT_NAME_TAKEN: The parent unit already has a unit of this name
             *     URGED_TODAY: 催办: this target was already pressed today (China date): one 催办 per target and day; `details` names when and by whom
             *     URGE_NOBODY_TO_TELL: 催办: nobody active in the unit holds a role a 催办 reaches (drafter, reviewers, unit leader): it would reach nobody; contact the unit directly or have its administrator create an account
             *     URGE_NOT_NEEDED: 催办: the unit has sent its report to this campaign (received or accepted, not returned); there is nothing to press for
             *     USERNAME_TAKEN: Another user already has this username
             *     WITHDRAW_NOT_ALLOWED: Only whoever moved the report last may withdraw it, and only until the next person acts
             * @enum {string}
             */
            error: "ACTION_NOT_ALLOWED_IN_STATE" | "CAMPAIGN_DUPLICATE" | "CAMPAIGN_PAST_DUE" | "CAMPAIGN_WITHDRAWN" | "CANNOT_DEACTIVATE_SELF" | "CONFLICT" | "DISCLOSURE_ALREADY_PUBLISHED" | "DISCLOSURE_MARKING_NOT_OPEN" | "DISCLOSURE_NOT_CLEARED" | "DISCLOSURE_NOT_DISPATCHED" | "DISCLOSURE_NOT_PUBLISHED" | "DISCLOSURE_REVIEW_OUTDATED" | "DISCLOSURE_STALE_VERSION" | "DISPATCH_NOT_POSSIBLE" | "EXTENSION_ALREADY_DECIDED" | "EXTENSION_PENDING" | "FINDING_NO_RECEIPT" | "FINDING_STALE_VERSION" | "FINDING_WRONG_STATUS" | "FORWARDING_CHANGED" | "FORWARDING_NOT_ACCEPTED" | "ITEM_ORDER_LOCKED" | "ITEM_ORDER_STALE_VERSION" | "JOINT_REPORT_CONFLICT" | "NOTICE_ALREADY_ISSUED" | "NOTICE_BEFORE_DISCLOSURE_DATE" | "NOTICE_EXISTS" | "NOTICE_FACTS_CHANGED" | "NOTICE_STALE_VERSION" | "NOTICE_TOO_EARLY" | "NOT_DEAD" | "NO_REVISION_YET" | "RECEIPT_ALREADY_DECIDED" | "RECEIPT_DECISION_REQUIRED" | "RECEIPT_EXISTS" | "RECEIPT_RETURN_NOT_POSSIBLE" | "RECEIPT_STALE_VERSION" | "REPORT_ALREADY_SUBMITTED" | "REPORT_EXISTS" | "REPORT_NOT_EDITABLE" | "REPORT_STALE_VERSION" | "REVISION_STALE" | "ROLE_ALREADY_HELD" | "SCORING_RULE_STALE_VERSION" | "STAMPED_SCAN_TOO_EARLY" | "TARGET_EXISTS" | "UNIT_BODY_EXISTS" | "UNIT_NAME_CHANGED" | "UNIT_NAME_TAKEN" | "URGED_TODAY" | "URGE_NOBODY_TO_TELL" | "URGE_NOT_NEEDED" | "USERNAME_TAKEN" | "WITHDRAW_NOT_ALLOWED";
            /** @description What to fix, in English */
            message: string;
            /** @description Also the X-Request-Id header */
            requestId: string;
            statusCode: number;
        };
        ErrorBody413: {
            /** @description Machine-readable specifics */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description PAYLOAD_TOO_LARGE: The body or uploaded file is larger than allowed
             * @enum {string}
             */
            error: "PAYLOAD_TOO_LARGE";
            /** @description What to fix, in English */
            message: string;
            /** @description Also the X-Request-Id header */
            requestId: string;
            statusCode: number;
        };
        ErrorBody415: {
            /** @description Machine-readable specifics */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description FILE_TYPE_NOT_ALLOWED: The uploaded file is not of an accepted type, or its content does not match its extension; `message` lists the accepted types
             *     UNSUPPORTED_MEDIA_TYPE: The body is not JSON (or multipart/form-data for a file), or has a character set or content encoding the API does not read
             * @enum {string}
             */
            error: "FILE_TYPE_NOT_ALLOWED" | "UNSUPPORTED_MEDIA_TYPE";
            /** @description What to fix, in English */
            message: string;
            /** @description Also the X-Request-Id header */
            requestId: string;
            statusCode: number;
        };
        ErrorBody422: {
            /** @description Machine-readable specifics */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description COMPLETENESS_CHECK_FAILED: The current revision fails the completeness check (形式审查); `details.findings` lists what to fix
             *     DISCLOSURE_MARKERS_UNBALANCED: The public version was not made: 【不予公开】 markers do not pair up, or 不予公开 is written where it cannot be read as a marker (kind `unrecognised`), or other tags pair up like markers (kind `lookalike`: 【内部】…【/内部】); `details.problems` names each (item, line, nearby text)
             *     DISCLOSURE_MARKING_CHANGES_TEXT: A marking revision may only mark passages 不予公开 or fix the markers: the words of the accepted text stay as they are; `details.parts` names the title or sections whose words changed
             *     DISCLOSURE_MARKING_UNCHANGED: The marking revision sent is the current revision, character for character: mark or unmark passages 不予公开 first (nothing is saved)
             *     DOCUMENT_REJECTED: An imported file could not be read as a report; `details.reason` and `details.messageZh` say why
             *     FOLLOW_THROUGH_TOO_LARGE: Last year's plan and this year's report are far longer than any real pair, too long to compare item by sentence; `details` has the counts
             *     IDEMPOTENCY_KEY_REUSED: This Idempotency-Key was already used for a different request
             *     STAMPED_SCAN_REQUIRED: A campaign the report answers requires the stamped scan (报送时须上传盖章扫描件) and none of the revision being dispatched is uploaded; `details.campaigns` names them, `details.revision` is the revision to print, seal and scan, `details.latestScannedRevision` the newest one scanned (an earlier version’s scan does not count)
             * @enum {string}
             */
            error: "COMPLETENESS_CHECK_FAILED" | "DISCLOSURE_MARKERS_UNBALANCED" | "DISCLOSURE_MARKING_CHANGES_TEXT" | "DISCLOSURE_MARKING_UNCHANGED" | "DOCUMENT_REJECTED" | "FOLLOW_THROUGH_TOO_LARGE" | "IDEMPOTENCY_KEY_REUSED" | "STAMPED_SCAN_REQUIRED";
            /** @description What to fix, in English */
            message: string;
            /** @description Also the X-Request-Id header */
            requestId: string;
            statusCode: number;
        };
        ErrorBody423: {
            /** @description Machine-readable specifics */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description ACCOUNT_LOCKED: Too many failed logins: locked until `details.lockedUntil` (ISO UTC) for browsers never used on the account (`details.scope` account) or for this browser (device)
             * @enum {string}
             */
            error: "ACCOUNT_LOCKED";
            /** @description What to fix, in English */
            message: string;
            /** @description Also the X-Request-Id header */
            requestId: string;
            statusCode: number;
        };
        ErrorBody429: {
            /** @description Machine-readable specifics */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description TOO_MANY_REQUESTS: Too many attempts from this client; wait and try again
             * @enum {string}
             */
            error: "TOO_MANY_REQUESTS";
            /** @description What to fix, in English */
            message: string;
            /** @description Also the X-Request-Id header */
            requestId: string;
            statusCode: number;
        };
        ErrorBody431: {
            /** @description Machine-readable specifics */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description HEADERS_TOO_LARGE: The URL and headers together are larger than the server reads (16 KB): send fewer query parameters
             * @enum {string}
             */
            error: "HEADERS_TOO_LARGE";
            /** @description What to fix, in English */
            message: string;
            /** @description Also the X-Request-Id header */
            requestId: string;
            statusCode: number;
        };
        ErrorBody500: {
            /** @description Machine-readable specifics */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description INTERNAL_ERROR: A fault on the server; the `requestId` finds it in the logs
             * @enum {string}
             */
            error: "INTERNAL_ERROR";
            /** @description What to fix, in English */
            message: string;
            /** @description Also the X-Request-Id header */
            requestId: string;
            statusCode: number;
        };
        ErrorBody503: {
            /** @description Machine-readable specifics */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description DATABASE_UNAVAILABLE: The database does not answer; try again in a moment
             *     IMPORT_BUSY: The server is reading as many Word files as it allows at once; try again in a few seconds
             *     NOT_READY: `GET /health/ready`: MySQL or Redis does not answer; `details.checks` names which
             *     SERVICE_UNAVAILABLE: A service the request needs is not available
             * @enum {string}
             */
            error: "DATABASE_UNAVAILABLE" | "IMPORT_BUSY" | "NOT_READY" | "SERVICE_UNAVAILABLE";
            /** @description What to fix, in English */
            message: string;
            /** @description Also the X-Request-Id header */
            requestId: string;
            statusCode: number;
        };
        /**
         * @description Every code the API sends in `error` (docs/error-codes.md)
         * @enum {string}
         */
        ErrorCode: "ACCOUNT_DEACTIVATED" | "ACCOUNT_LOCKED" | "ACTION_NOT_ALLOWED_IN_STATE" | "ATTACHMENT_NOT_FOUND" | "BAD_CREDENTIALS" | "BAD_REQUEST" | "CALENDAR_SCHEDULE_INVALID" | "CALENDAR_SCOPE" | "CAMPAIGN_DUPLICATE" | "CAMPAIGN_NOT_FOUND" | "CAMPAIGN_PAST_DUE" | "CAMPAIGN_WITHDRAWN" | "CANNOT_DEACTIVATE_SELF" | "CASCADE_BEYOND_PARENT" | "COMMENT_REQUIRED" | "COMPLETENESS_CHECK_FAILED" | "CONFLICT" | "CURRENT_PASSWORD_WRONG" | "DATABASE_UNAVAILABLE" | "DATE_IN_PAST" | "DISCLOSURE_ALREADY_PUBLISHED" | "DISCLOSURE_FIELD_INVALID" | "DISCLOSURE_MARKERS_UNBALANCED" | "DISCLOSURE_MARKING_CHANGES_TEXT" | "DISCLOSURE_MARKING_NOT_OPEN" | "DISCLOSURE_MARKING_UNCHANGED" | "DISCLOSURE_NOT_CLEARED" | "DISCLOSURE_NOT_DISPATCHED" | "DISCLOSURE_NOT_PUBLISHED" | "DISCLOSURE_REVIEW_OUTDATED" | "DISCLOSURE_STALE_VERSION" | "DISPATCH_NOT_POSSIBLE" | "DOCUMENT_REJECTED" | "DUE_DATE_AFTER_PARENT" | "DUE_DATE_AFTER_REGULATION" | "DUTIES_NOT_SEPARATED" | "EXPORT_CAMPAIGN_UNKNOWN" | "EXTENSION_ALREADY_DECIDED" | "EXTENSION_NOT_FOUND" | "EXTENSION_NOT_LATER" | "EXTENSION_PENDING" | "EXTENSION_TOO_LATE" | "FIELD_INVALID" | "FIELD_REQUIRED" | "FILE_REQUIRED" | "FILE_TYPE_NOT_ALLOWED" | "FINDING_FIELD_INVALID" | "FINDING_NOT_FOUND" | "FINDING_NO_RECEIPT" | "FINDING_STALE_VERSION" | "FINDING_WRONG_STATUS" | "FOLLOW_THROUGH_TOO_LARGE" | "FORBIDDEN" | "FORWARDING_CHANGED" | "FORWARDING_INVALID" | "FORWARDING_NOT_ACCEPTED" | "GRANT_TO_APPOINTER_FORBIDDEN" | "HEADERS_TOO_LARGE" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_KEY_UNSUPPORTED" | "IMPORT_BUSY" | "INTERNAL_ERROR" | "INVALID_ENCODING" | "INVALID_REFRESH_TOKEN" | "INVALID_TOKEN" | "ITEM_ORDER_INVALID" | "ITEM_ORDER_LOCKED" | "ITEM_ORDER_STALE_VERSION" | "JOINT_REPORT_CONFLICT" | "JOINT_REPORT_INVALID" | "MALFORMED_BODY" | "MALFORMED_JSON" | "METHOD_NOT_ALLOWED" | "NOTICE_ALREADY_ISSUED" | "NOTICE_BEFORE_DISCLOSURE_DATE" | "NOTICE_EXISTS" | "NOTICE_FACTS_CHANGED" | "NOTICE_FILE_NOT_FOUND" | "NOTICE_INVALID" | "NOTICE_NOT_FOUND" | "NOTICE_STALE_VERSION" | "NOTICE_TOO_EARLY" | "NOTIFICATION_NOT_FOUND" | "NOT_A_DEMONSTRATION_AREA" | "NOT_DEAD" | "NOT_FOUND" | "NOT_READY" | "NO_REVISION_YET" | "NO_TARGETS" | "OWN_ADMIN_ROLE_REMOVAL_FORBIDDEN" | "OWN_PASSWORD_RESET_FORBIDDEN" | "PASSWORD_CHANGE_REQUIRED" | "PASSWORD_UNCHANGED" | "PAYLOAD_TOO_LARGE" | "QUEUE_BOARD_READ_ONLY" | "RECEIPT_ALREADY_DECIDED" | "RECEIPT_COMMENT_REQUIRED" | "RECEIPT_DECISION_REQUIRED" | "RECEIPT_EXISTS" | "RECEIPT_NOT_FOUND" | "RECEIPT_RETURN_NOT_POSSIBLE" | "RECEIPT_STALE_VERSION" | "RECIPIENT_INVALID" | "REGULATION_DATE_PASSED" | "REPORT_ALREADY_SUBMITTED" | "REPORT_EXISTS" | "REPORT_LINE_MISMATCH" | "REPORT_NOT_EDITABLE" | "REPORT_NOT_FOUND" | "REPORT_STALE_VERSION" | "REPORT_TOO_LONG" | "REQUEST_TIMEOUT" | "REVISION_NOT_FOUND" | "REVISION_STALE" | "ROLE_ALREADY_HELD" | "ROLE_NOT_HELD" | "ROLE_REQUIRED" | "ROLE_UNIT_INVALID" | "SCORING_RULE_INVALID" | "SCORING_RULE_STALE_VERSION" | "SELF_GRANT_FORBIDDEN" | "SERVICE_UNAVAILABLE" | "SESSION_ENDED" | "STAMPED_SCAN_INVALID" | "STAMPED_SCAN_NOT_FOUND" | "STAMPED_SCAN_REQUIRED" | "STAMPED_SCAN_TOO_EARLY" | "TARGET_EXISTS" | "TARGET_HOLDS_ROLE_BEYOND_YOUR_REACH" | "TARGET_NOT_BELOW_ISSUER" | "TOKEN_IN_QUERY" | "TOO_MANY_REQUESTS" | "UNAUTHENTICATED" | "UNIT_BODY_EXISTS" | "UNIT_HOUSING_INVALID" | "UNIT_NAME_CHANGED" | "UNIT_NAME_TAKEN" | "UNIT_PLACEMENT_INVALID" | "UNKNOWN_ACTION" | "UNKNOWN_WORKFLOW" | "UNSUPPORTED_MEDIA_TYPE" | "URGED_TODAY" | "URGE_NOBODY_TO_TELL" | "URGE_NOT_NEEDED" | "USERNAME_INVALID" | "USERNAME_TAKEN" | "VALIDATION_FAILED" | "WEBHOOK_URL_REFUSED" | "WITHDRAW_NOT_ALLOWED";
        /** @description 延期申请: a request to move a unit’s due date */
        Extension: {
            campaignId: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionComment: string | null;
            /** Format: date */
            dueDateBefore: string;
            grantedDueDate: string | null;
            id: string;
            reason: string;
            reportId: string;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: string;
            /** Format: date */
            requestedDueDate: string;
            /** @enum {string} */
            status: "pending" | "granted" | "refused" | "cancelled";
            unitId: string;
        };
        /** @description A request to move a due date, with the name of the unit that asks and of the people */
        ExtensionWithUnit: {
            campaignId: string;
            decidedAt: string | null;
            decidedBy: string | null;
            /** @description Who decided (null while pending or if unknown) */
            decidedByName: string | null;
            decisionComment: string | null;
            /**
             * Format: date
             * @description The campaign's 公开期限 (disclosure date): a report is published once sent, so a date granted past it leaves the unit late to publish; allowed, and the console warns
             */
            disclosureDate: string;
            /** Format: date */
            dueDateBefore: string;
            grantedDueDate: string | null;
            id: string;
            /** @description The earliest date another active campaign asking for the same report gives the unit (the report is due by the earliest): a grant past it moves nothing, and the console says so; null: no other campaign */
            otherCampaignsDueDate: string | null;
            reason: string;
            /**
             * Format: date
             * @description The regulation's date for this unit's report (1 March of the next year; 1 April for a province's party committee and government; end of January on the demonstration line): a date granted past it is allowed, and the console warns
             */
            regulationDueDate: string;
            reportId: string;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: string;
            /** @description 申请人: who asked (null if the account is gone) */
            requestedByName: string | null;
            /** Format: date */
            requestedDueDate: string;
            /** @description When the report was sent to this campaign, while that dispatch stands (not returned or withdrawn): a request still waiting is then moot; null: not sent */
            sentAt: string | null;
            /** @enum {string} */
            status: "pending" | "granted" | "refused" | "cancelled";
            unitId: string;
            unitName: string;
        };
        ExternalRecipientsDto: {
            /**
             * @description 抄送 outside the tree (e.g. 中央依法治国办)
             * @example [
             *       "central_rule_of_law_office"
             *     ]
             */
            copy?: ("party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department")[];
            /**
             * @description 主送 outside the tree, printed after the units (e.g. 党中央、国务院 for a provincial report)
             * @example [
             *       "party_central_committee",
             *       "state_council"
             *     ]
             */
            main?: ("party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department")[];
        };
        Figure: {
            approximate: boolean;
            /** @enum {string} */
            kind: "count" | "amount" | "percent";
            offset: number;
            section: components["schemas"]["SectionKey"];
            /** @description The sentence that quotes it; one over 200 characters is cut to the words around the figure, marked … */
            sentence: string;
            text: string;
            unit: string;
            value: number;
        };
        /** @description One result of the completeness check (形式审查), or a notice of the import; message is in Chinese */
        Finding: {
            code: string;
            item?: components["schemas"]["StatutoryItem"];
            location?: {
                excerpt: string;
                offset: number;
                section: components["schemas"]["SectionKey"] | "fullText";
            };
            message: string;
            /** @enum {string} */
            severity: "error" | "warning" | "info";
        };
        /** @description 我的待办's 整改 items: open findings on the reports of the units where the caller answers findings */
        FindingTodoList: {
            items: {
                /** Format: date */
                dueOn: string;
                id: string;
                /** Format: date-time */
                raisedAt: string;
                raisingUnit: {
                    id: string;
                    name: string;
                };
                /** @description Set when the raising office reopened the finding: why the 整改 was not enough */
                reopenedComment: string | null;
                report: {
                    id: string;
                    reportYear: number;
                    title: string;
                    unit: {
                        id: string;
                        name: string;
                    };
                };
                text: string;
                version: number;
                /** @description Working days to dueOn on the unit's regional calendar; negative when overdue */
                workingDaysLeft: number | null;
            }[];
        };
        /** @description Last year's plan (item 4) against this year's measures, with the evidence, and last year's findings */
        FollowThrough: {
            entries: {
                evidence: {
                    excerpt: string;
                    offset: number;
                    score: number;
                    section: components["schemas"]["SectionKey"];
                    sharedPhrases: string[];
                }[];
                plannedItem: {
                    heading: string;
                    index: number;
                    keyText: string;
                };
                /** @enum {string} */
                status: "reported" | "not_reported";
            }[];
            /** @description The findings (问题清单) raised on the unit's reports of last year, whatever their status: report on each 整改 */
            lastYearFindings: components["schemas"]["ReviewFinding"][];
            lastYearReportId: string | null;
            /** @description Why there is nothing to compare with */
            message?: string;
        };
        /** @description 报送外部机关: one record of the issuing office sending a report on outside the system */
        ForwardingRecord: {
            /** @enum {string} */
            body: "party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department";
            bodyName: string;
            /** @enum {string} */
            channel: "confidential_courier" | "confidential_mail" | "e_document_system" | "other";
            /** @description 机要交通, 机要邮寄, 电子公文系统, or the words given for 其他 */
            channelLabel: string;
            channelNote: string | null;
            documentNumber: string | null;
            /** @description The campaign event recording it; pass as supersedes to correct it */
            id: number;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: {
                displayName: string | null;
                id: string;
            };
            /** Format: date */
            sentOn: string;
            /** @description The record this one corrects */
            supersedes: number | null;
        };
        /** @description 报送外部机关 of a campaign: per target and body outside the system, 已报送 (the current record) or 待报送 */
        Forwardings: {
            bodies: {
                /** @enum {string} */
                body: "party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department";
                /** @enum {string} */
                kind: "main" | "copy";
                name: string;
            }[];
            campaignId: string;
            /** @description Whether you may record (a coordinator of the issuing office) */
            mayRecord: boolean;
            targets: {
                /** @description When the issuing office accepted the report; null while not */
                acceptedOn: string | null;
                bodies: {
                    /** @enum {string} */
                    body: "party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department";
                    /** @description null: 待报送 */
                    current: components["schemas"]["ForwardingRecord"] | null;
                    /** @description Every record, oldest first (corrected ones too) */
                    history: components["schemas"]["ForwardingRecord"][];
                    /** @enum {string} */
                    kind: "main" | "copy";
                    name: string;
                }[];
                reportId: string;
                unit: {
                    id: string;
                    name: string;
                };
            }[];
        };
        HistoryEvent: {
            action: string;
            actor: {
                displayName: string | null;
                id: string;
                username: string | null;
            };
            actorRole: string;
            /** @description The unit the actor acted for (a coordinator: the office that returned or accepted); null if it was deleted */
            actorUnit: {
                id: string;
                level: components["schemas"]["UnitLevel"];
                name: string;
            } | null;
            actorUnitId: string;
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
            fields: {
                [key: string]: unknown;
            } | null;
            fromState: string | null;
            hash: string;
            revision: number;
            seq: number;
            toState: string;
            /** @description The state entered, in Chinese (集体审议（党组会议） …) */
            toStateLabel: string;
        };
        ImportResult: {
            mapping: components["schemas"]["MappingEntry"][];
            missing: components["schemas"]["StatutoryItem"][];
            /** @description For the drafter before applying: title_moved (info), preamble_sender_lines (warning: 报送单位, 发布时间 or a date before the first heading, kept at the start of item 1 to delete), preamble_kept (info: addressee and introduction kept at the start of item 1, printed before 一、); location points into sections.measures */
            notices: components["schemas"]["Finding"][];
            /** @description The text before the first heading but the title, kept at the start of sections.measures */
            preamble?: string;
            removedLines: {
                line: number;
                text: string;
            }[];
            sections: components["schemas"]["ReportSections"];
            signature?: string;
            /** @description The report's title, for the title field (joined when split over two lines); its lines are in no section */
            title?: string;
            unitName?: string;
            year?: number;
            yearBasis?: {
                confidence: number;
                reason: string;
                /** @enum {string} */
                source: "title" | "body" | "date";
            };
        };
        ImportTextDto: {
            /** @description The report as pasted from Word or WPS */
            text: string;
        };
        IssueCampaignDto: {
            /** @description The notice text (not blank: it is what the units are asked) */
            body: string;
            /** @description What the targets’ own review chains must keep (内部审核流程要求); default: the campaign cascaded from, else the safeguards of the workflow */
            chainRules?: components["schemas"]["ChainRulesDto"];
            /**
             * @description Public disclosure by; defaults to 1 April
             * @example 2026-04-01
             */
            disclosureDate?: string;
            /**
             * @description 文号; a year typed in [], ［］, (), （）, 【】 or 〖〗 is stored in 六角括号 〔2021〕, nothing else is changed
             * @example 昌州政办通〔2021〕159号
             */
            documentNumber?: string;
            /**
             * @description One due date for every target; defaults to the regulation date per unit (1 March of the next year; provincial party committees and governments 1 April; the demonstration line 31 January). A later date is refused
             * @example 2026-02-27
             */
            dueDate?: string;
            /**
             * @description Date on the notice (成文日期); defaults to today. Not later than today (China) nor before 1 January of reportYear (for a report year not begun yet: before today): 400 VALIDATION_FAILED naming issuedOn
             * @example 2026-01-05
             */
            issuedOn?: string;
            /** @description The unit issuing (you must hold coordinator there); defaults to your only coordinator unit */
            issuingUnitId?: string;
            /**
             * @description The order the reports print the five items in (一、二、三…): each of 1-5 once (400 ITEM_ORDER_INVALID); default the statutory 1-5, or the order of the campaign cascaded from
             * @example [
             *       3,
             *       1,
             *       2,
             *       4,
             *       5
             *     ]
             */
            itemOrder?: number[];
            /** @description The campaign received from above, to cascade (逐级下发) */
            parentId?: string;
            recipients?: components["schemas"]["RecipientsDto"];
            reminderPolicy?: components["schemas"]["ReminderPolicyDto"];
            /**
             * @description The line asked for (default annual): annual (法治政府建设年度报告, every unit) or demonstration_area (a national demonstration area's additional report, through the 依法治省办 to 中央依法治国办, due end of January; governments flagged demonstrationArea only, 400 NOT_A_DEMONSTRATION_AREA otherwise). Each line has its own report per unit and year. A cascade takes its parent's line
             * @enum {string}
             */
            reportLine?: "annual" | "demonstration_area";
            /**
             * @description The year reported on; a cascade takes the parent’s
             * @example 2025
             */
            reportYear?: number;
            /**
             * @description 报送时须上传盖章扫描件: dispatch is refused (422 STAMPED_SCAN_REQUIRED) until the unit uploads the stamped scan of the version it sends. Fixed once issued; default off, or as the campaign cascaded from
             * @example true
             */
            requiresStampedScan?: boolean;
            /**
             * @description Working days per review state of the workflow, each an integer >= 1
             * @example {
             *       "dept_review": 3,
             *       "legal_review": 3,
             *       "party_approval": 5
             *     }
             */
            stageLimits?: {
                [key: string]: number;
            };
            targets: components["schemas"]["TargetsDto"];
            /** @example 关于报送2025年度法治政府建设情况报告的通知 */
            title: string;
            /** @description Defaults to the latest default path */
            workflow?: components["schemas"]["WorkflowRefDto"];
        };
        /** @description The campaign as issued (or with the units just added), and what the issuer should know about the reports it adopted */
        IssuedCampaign: {
            chainRules: components["schemas"]["ChainRules"];
            /** @description Targets asked now whose report for the year already existed (one report per unit and year answers every campaign) and follows a path without a step this campaign's chainRules require: the report keeps its path, is not refused and may be dispatched; the board's 内部流程不符合要求 names it too. Empty: every adopted report keeps the rules (a report created now always does) */
            chainShortfalls: {
                /** @description What chainRules require that it lacks */
                missing: {
                    /** @description 集体审议, 法律顾问审查 or 主要负责人签发 */
                    label: string;
                    /** @enum {string} */
                    rule: "deliberation" | "legalReview" | "signOff";
                }[];
                reportId: string;
                unit: components["schemas"]["UnitRef"];
                /** @description The review path the report follows (fixed when it was created) */
                workflow: {
                    id: string;
                    version: number;
                };
            }[];
            children: {
                id: string;
                issuingUnitId: string;
                title: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            disclosureDate: string;
            dueDate: string | null;
            id: string;
            issuingUnit: components["schemas"]["UnitRef"];
            /** @description The order the five items are printed in (statutory 1,2,3,4,5 unless the issuer set one) */
            itemOrder: number[];
            notice: {
                body: string;
                documentNumber: string | null;
                file: {
                    contentType: string;
                    name: string;
                    sha256: string;
                    sizeBytes: number;
                } | null;
                /** Format: date */
                issuedOn: string;
                title: string;
            };
            parentId: string | null;
            /** @description Who the reports are dispatched to */
            recipients: {
                /** @description 抄送: read the dispatched versions */
                copy: components["schemas"]["UnitRef"][];
                /** @description Bodies outside the tree the reports go to (e.g. 党中央、国务院, 抄送 中央依法治国办): no receipt; the issuing unit sends them on */
                external: {
                    /** @description 抄送 outside the tree */
                    copy: {
                        /** @enum {string} */
                        body: "party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department";
                        /** @description As printed: 党中央, 国务院, 中央依法治国办, 国务院有关部门 */
                        name: string;
                    }[];
                    /** @description 主送 outside the tree, printed after the units */
                    main: {
                        /** @enum {string} */
                        body: "party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department";
                        /** @description As printed: 党中央, 国务院, 中央依法治国办, 国务院有关部门 */
                        name: string;
                    }[];
                };
                /** @description 主送: the issuer decides; the others read */
                main: components["schemas"]["UnitRef"][];
                /** @description null: the lists above are every target’s. Else the targets are on differing lines of the rules table and each group of targets has its own 主送/抄送 (the lists above are then empty) */
                perTarget: {
                    /** @description 抄送: read the versions of these targets dispatched to them */
                    copy: components["schemas"]["UnitRef"][];
                    /** @description Bodies outside the tree the reports go to (e.g. 党中央、国务院, 抄送 中央依法治国办): no receipt; the issuing unit sends them on */
                    external: {
                        /** @description 抄送 outside the tree */
                        copy: {
                            /** @enum {string} */
                            body: "party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department";
                            /** @description As printed: 党中央, 国务院, 中央依法治国办, 国务院有关部门 */
                            name: string;
                        }[];
                        /** @description 主送 outside the tree, printed after the units */
                        main: {
                            /** @enum {string} */
                            body: "party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department";
                            /** @description As printed: 党中央, 国务院, 中央依法治国办, 国务院有关部门 */
                            name: string;
                        }[];
                    };
                    /** @description 主送 */
                    main: components["schemas"]["UnitRef"][];
                    /** @description The targets whose reports go to these recipients */
                    targets: components["schemas"]["UnitRef"][];
                }[] | null;
            };
            reminderPolicy: components["schemas"]["ReminderPolicy"];
            /**
             * @description The line asked for: annual (法治政府建设年度报告) or demonstration_area (示范地区年度报告, its own report, due end of January)
             * @enum {string}
             */
            reportLine: "annual" | "demonstration_area";
            reportYear: number;
            /** @description 报送时须上传盖章扫描件: a report answering this campaign is dispatched only with a stamped scan of the version sent */
            requiresStampedScan: boolean;
            selection: {
                kinds?: string[];
                levels?: string[];
                nameContains?: string;
                unitIds?: string[];
            };
            stageLimits: {
                [key: string]: number;
            } | null;
            status: components["schemas"]["CampaignStatus"];
            targetCount: number;
            withdrawn: {
                /** Format: date-time */
                at: string;
                by: string | null;
                reason: string | null;
            } | null;
            workflow: {
                id: string;
                version: number;
            };
        };
        IssueNoticeDto: {
            /** @description true: issue although the disclosure date has not passed and some targets have not published yet, so the 通报 cannot name who fails to publish (otherwise 409 NOTICE_BEFORE_DISCLOSURE_DATE) */
            confirmBeforeDisclosureDate?: boolean;
            /** @description true: issue the text as it is although the board changed since it was generated (otherwise 409 NOTICE_FACTS_CHANGED) */
            confirmChangedFacts?: boolean;
            /** @description The version read: what the coordinator saw is what is issued */
            expectedVersion: number;
        };
        JointReportDto: {
            /** @description The government (政府) target; the joint report is its unit’s */
            governmentUnitId: string;
            /** @description The party committee (党委) of the same place, also a target */
            partyCommitteeUnitId: string;
        };
        /** @description Both lateness measures of a submission; onTime null while not submitted */
        Lateness: {
            /** @description Against the due date after extensions */
            againstExtended: {
                /** Format: date */
                dueDate: string;
                onTime: boolean | null;
                workingDaysLate: number | null;
            };
            /** @description Against the notice's date (original_due_date): an extension never changes it */
            againstNotice: {
                /** Format: date */
                dueDate: string;
                onTime: boolean | null;
                workingDaysLate: number | null;
            };
        };
        /** @enum {string} */
        Light: "green" | "yellow" | "red";
        ListedReviewFinding: {
            answer: {
                /** Format: date-time */
                answeredAt: string;
                answeredBy: string;
                /** Format: date */
                completedOn: string;
                measures: string;
            } | null;
            campaignId: string;
            decision: {
                comment: string | null;
                /** Format: date-time */
                decidedAt: string;
                decidedBy: string;
            } | null;
            /** Format: date */
            dueOn: string;
            id: string;
            /** Format: date-time */
            raisedAt: string;
            raisedBy: string;
            raisingUnitId: string;
            reportId: string;
            status: components["schemas"]["ReviewFindingStatus"];
            text: string;
            version: number;
            /** @description Working days to dueOn on the unit's regional calendar; negative when overdue */
            workingDaysLeft: number | null;
        };
        Liveness: {
            /** @constant */
            status: "ok";
        };
        LoginDto: {
            /** @description The `deviceToken` an earlier login from this browser returned. With it, failures count against this browser only and the account-wide lock-out (for browsers never used on the account) does not apply. */
            deviceToken?: string;
            /** @example Demo@2025!x */
            password: string;
            /** @example htb-drafter */
            username: string;
        };
        LoginResult: {
            accessToken: string;
            /** @description Seconds */
            accessTokenExpiresIn: number;
            /** @description Keep it in this browser and send it with the next logins (LoginDto.deviceToken): a known browser is not locked out by failures made elsewhere */
            deviceToken: string;
            /** @description Set by an administrator: until POST /auth/password, every other endpoint answers 403 */
            passwordChangeRequired: boolean;
            refreshToken: string;
            refreshTokenExpiresAt: string;
        };
        MappingEntry: {
            chars: number;
            /** @description 0..1 */
            confidence: number;
            heading: string;
            item: components["schemas"]["StatutoryItem"];
            /** @enum {string} */
            kind: "preamble" | "section" | "subsection" | "signature";
            /** @description 1-based line in the input where the block starts */
            line: number;
            /** @description Why, in Chinese, for the drafter */
            reason: string;
        };
        /** @description Who I am, my unit and my roles */
        Me: {
            displayName: string;
            id: string;
            roles: {
                role: components["schemas"]["Role"];
                unitId: string;
                unitName: string | null;
            }[];
            unit: {
                id: string;
                kind: components["schemas"]["UnitKind"];
                level: components["schemas"]["UnitLevel"];
                name: string;
                parentId: string | null;
            };
            username: string;
        };
        /** @description A year (current or next) without a holiday schedule */
        MissingSchedule: {
            /** @description null: the State Council schedule; else a division code prefix */
            region: string | null;
            /** @description The console shows the banner now */
            warn: boolean;
            /** Format: date */
            warnFrom: string;
            year: number;
        };
        MissingSchedules: {
            missing: components["schemas"]["MissingSchedule"][];
            /** Format: date */
            today: string;
        };
        /** @description The 通报 draft generated from the board’s facts */
        NoticeDraft: {
            /** @description The units the draft names */
            namedUnitIds: string[];
            /** @description The body, one paragraph per line, headings numbered 一、二、… */
            paragraphs: string[];
            /** @description 关于…年度法治政府建设年度报告报送情况的通报 */
            title: string;
        };
        NoticeFile: {
            contentType: string;
            name: string;
            sha256: string;
            sizeBytes: number;
        };
        /** @description A message in my notification list (站内通知) */
        Notification: {
            body: string;
            /** @description The campaign it is about, when one (notice_issued: open its 通报; extension_requested: decide it on the campaign’s 延期申请) */
            campaignId: string | null;
            /** Format: date-time */
            createdAt: string;
            id: number;
            /** @description action_required, returned, reminder, escalation, campaign_issued, … */
            kind: string;
            readAt: string | null;
            reportId: string | null;
            title: string;
        };
        /** @description A receipt waiting for my decision (the issuing office’s work queue) */
        OpenReceipt: {
            /** @description 办理期限: the end of the time to accept or return it (the report’s stage deadline in 已报送); null: none */
            decideBy: string | null;
            receipt: components["schemas"]["Receipt"];
            reportId: string;
            title: string;
            /** @description The reporting unit */
            unit: components["schemas"]["UnitRef"];
        };
        PasswordResetDto: {
            /** @description A one-time password the user must change at the next login. At least 10 characters with a letter and a digit, at least 5 different characters, no run or repeat of more than 5 (123456, aaaaaa); not the published demo password */
            password: string;
        };
        /** @description 延期申请 waiting for the decision of an office I coordinate */
        PendingExtension: {
            /** @description The campaign it asks of */
            campaign: {
                id: string;
                title: string;
            };
            campaignId: string;
            decidedAt: string | null;
            decidedBy: string | null;
            /** @description Who decided (null while pending or if unknown) */
            decidedByName: string | null;
            decisionComment: string | null;
            /**
             * Format: date
             * @description The campaign's 公开期限 (disclosure date): a report is published once sent, so a date granted past it leaves the unit late to publish; allowed, and the console warns
             */
            disclosureDate: string;
            /** Format: date */
            dueDateBefore: string;
            grantedDueDate: string | null;
            id: string;
            /** @description The earliest date another active campaign asking for the same report gives the unit (the report is due by the earliest): a grant past it moves nothing, and the console says so; null: no other campaign */
            otherCampaignsDueDate: string | null;
            reason: string;
            /**
             * Format: date
             * @description The regulation's date for this unit's report (1 March of the next year; 1 April for a province's party committee and government; end of January on the demonstration line): a date granted past it is allowed, and the console warns
             */
            regulationDueDate: string;
            reportId: string;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: string;
            /** @description 申请人: who asked (null if the account is gone) */
            requestedByName: string | null;
            /** Format: date */
            requestedDueDate: string;
            /** @description When the report was sent to this campaign, while that dispatch stands (not returned or withdrawn): a request still waiting is then moot; null: not sent */
            sentAt: string | null;
            /** @enum {string} */
            status: "pending" | "granted" | "refused" | "cancelled";
            unitId: string;
            unitName: string;
        };
        /** @enum {string} */
        Progress: "submitted_on_time" | "submitted_late" | "on_track" | "due_soon" | "overdue";
        /** @description The published reports of a unit's tree and year: public versions only */
        PublicReportFeed: {
            reports: {
                blocks: {
                    /** @description heading2 only: the length of its heading sentence when body text follows it in the same paragraph (（二）严格规范执法。全年办理…): the rest is body text; null: the whole text is the heading */
                    headLength: number | null;
                    /** @enum {string} */
                    kind: "documentNumber" | "title" | "addressee" | "heading1" | "heading2" | "body" | "signature" | "imprint";
                    text: string;
                }[];
                channel: string;
                docx: string;
                id: string;
                /** Format: date */
                publishedOn: string;
                title: string;
                unit: {
                    id: string;
                    name: string;
                };
                url: string;
            }[];
            reportYear: number;
            unit: {
                id: string;
                name: string;
            };
        };
        PutItemOrderDto: {
            /** @description The item order version read (0 while never changed after issuing) */
            expectedVersion: number;
            /**
             * @description Each of the items 1-5 once
             * @example [
             *       3,
             *       1,
             *       2,
             *       4,
             *       5
             *     ]
             */
            itemOrder: number[];
        };
        PutNoticeDto: {
            /**
             * @description 主送, printed after the title (1-20 entries, each at most 100 characters); absent: unchanged
             * @example [
             *       "各县（市）依法治县（市）办",
             *       "州直各部门"
             *     ]
             */
            addressees?: string[];
            /**
             * @description 抄送, printed in the 版记 (0-20 entries, each at most 100 characters); absent: unchanged
             * @example [
             *       "州委",
             *       "州政府"
             *     ]
             */
            copiesTo?: string[];
            /**
             * @description 文号, at most 64 characters; empty or null: none yet. A year typed in [], ［］, (), （）, 【】 or 〖〗 is stored in 六角括号 〔2063〕
             * @example 昌州依法办〔2063〕5号
             */
            documentNumber?: string | null;
            /** @description The version read (GET /campaigns/:id/notice) */
            expectedVersion: number;
            /** @description The units named (targets of the campaign): notified when it is issued, then its readers */
            namedUnitIds: string[];
            /** @description The body, one paragraph each (1-200, each at most 2,000 characters); blank ones are dropped */
            paragraphs: string[];
            /**
             * @description 1-200 characters
             * @example 关于2062年度法治政府建设年度报告报送情况的通报
             */
            title: string;
        };
        PutScoringRuleDto: {
            /**
             * @description 基础分 (1-1000)
             * @example 100
             */
            basePoints: number;
            /** @description The scoring rule version read (0 while the campaign uses the default) */
            expectedVersion: number;
            /**
             * @description 未按期公开: not published (or published late) by the disclosure date
             * @example 5
             */
            notPublishedByDisclosureDate: number;
            /**
             * @description 未报送: the points of submission; lateness costs at most this
             * @example 10
             */
            notSubmitted: number;
            /**
             * @description 内容不完整: per statutory item missing
             * @example 2
             */
            perMissingItem: number;
            /**
             * @description 多次退回: per return beyond the first
             * @example 1
             */
            perReturnBeyondFirst: number;
            /**
             * @description 逾期报送: per working day late against the notice date
             * @example 2
             */
            perWorkingDayLate: number;
        };
        RaiseFindingDto: {
            /** @description The campaign whose receipt the finding is raised on; may be left out when the report answers one campaign of your office */
            campaignId?: string;
            /**
             * @description 整改 due date (China date); default today + 30 days
             * @example 2043-03-31
             */
            dueOn?: string;
            /**
             * @description The finding (问题)
             * @example 第四部分未写明行政复议纠错率
             */
            text: string;
        };
        /** @description Each dependency (database, redis) and whether it answers */
        Readiness: {
            details: {
                [key: string]: {
                    status: string;
                };
            };
            status: string;
        };
        /** @description One campaign’s receipt (回执) of a dispatched report */
        Receipt: {
            /** @description The revision accepted; lower than revision after a correction (更正) */
            acceptedRevision: number | null;
            campaign: {
                /** @description A withdrawn campaign’s receipt is closed */
                active: boolean;
                documentNumber: string | null;
                id: string;
                title: string;
            };
            /** @description Whether the caller may accept or return it now (a coordinator of the issuing office itself) */
            canDecide: boolean;
            /** @description canDecide, and a return is possible: false for a report sent after it was accepted (accept it, with findings; 409 RECEIPT_RETURN_NOT_POSSIBLE) */
            canReturn: boolean;
            /** @description The latest decision's comment (a return's: what to fix; see decidedBy) */
            comment: string | null;
            /** @description When the latest decision was made (see decidedBy) */
            decidedAt: string | null;
            /** @description Who made the latest decision (接收 or 退回). While `status` is received after a return and a new dispatch, this is the earlier return, kept for the history: it is not a decision on the revision now waiting (see status and canDecide) */
            decidedBy: string | null;
            dispatchCount: number;
            /** Format: date-time */
            dispatchedAt: string;
            /** @description Received, but the unit withdrew its dispatch since: nothing waits for a decision until it is dispatched again */
            dispatchWithdrawn: boolean;
            /** @description The unit that asked: its coordinators accept or return */
            issuingUnit: components["schemas"]["UnitRef"];
            /** @description The revision last dispatched to this campaign */
            revision: number;
            /** @enum {string} */
            status: "received" | "accepted" | "returned";
            /** @description expectedVersion of the next decision */
            version: number;
        };
        ReceiptDecision: {
            /** @description Accept and return: the findings (问题清单) recorded with the decision */
            findings?: components["schemas"]["ReviewFinding"][];
            receipt: components["schemas"]["Receipt"];
            report: {
                id: string;
                state: string;
                version: number;
            };
        };
        RecipientPreviewDto: {
            /** @description As in issuing: defaults to your only coordinator unit */
            issuingUnitId?: string;
            /**
             * @description As in issuing: the line whose recipients are wanted (default annual)
             * @enum {string}
             */
            reportLine?: "annual" | "demonstration_area";
            /**
             * @description The year the campaign would ask for: the answer then names (alreadyAsked) the targets an active campaign of the issuer already asks for that year and line, which issuing would refuse (CAMPAIGN_DUPLICATE)
             * @example 2025
             */
            reportYear?: number;
            targets: components["schemas"]["TargetsDto"];
        };
        RecipientsDto: {
            /** @description 抄送: who reads the dispatched versions, never acts; defaults to the routing table ([] to name none) */
            copy?: string[];
            /** @description Bodies outside the tree (党中央, 国务院, 中央依法治国办, 国务院有关部门): nobody in the system acts for them, so the issuing unit keeps the receipt. Naming external 主送 makes the lists explicit, like naming 主送 units; defaults to the routing table */
            external?: components["schemas"]["ExternalRecipientsDto"];
            /** @description 主送: who receives the reports; defaults to the routing table (e.g. 县委 and 县政府 for the 依法治县办 asking its bureaus), else the issuing unit; see POST /campaigns/default-recipients */
            main?: string[];
        };
        RecordForwardingDto: {
            /**
             * @description The body outside the system, one the campaign names (主送 or 抄送)
             * @enum {string}
             */
            body: "party_central_committee" | "state_council" | "central_rule_of_law_office" | "state_council_department";
            /**
             * @description How it was sent: confidential_courier (机要交通), confidential_mail (机要邮寄), e_document_system (电子公文系统), other (其他)
             * @enum {string}
             */
            channel: "confidential_courier" | "confidential_mail" | "e_document_system" | "other";
            /** @description Words on the channel; required for other (其他), e.g. 专人送达 */
            channelNote?: string | null;
            /**
             * @description The 文号 it went under, if any; a year typed in [], ［］, (), （）, 【】 or 〖〗 is stored in 六角括号 〔2197〕
             * @example 新法治办〔2197〕12号
             */
            documentNumber?: string | null;
            /**
             * @description The day it was sent: not in the future, not before the report was accepted
             * @example 2197-03-25
             */
            sentOn: string;
            /** @description Correcting a record: the id of the current record for this target and body (it stays in the history). Omit or null for the first record; a record made meanwhile answers 409 FORWARDING_CHANGED */
            supersedes?: number | null;
            /** @description The target whose accepted report was sent on (its unit id) */
            unitId: string;
        };
        RefreshDto: {
            /** @description The refresh token from login or the previous refresh */
            refreshToken: string;
        };
        RefreshNoticeDto: {
            /** @description The version read: the text it replaces is the one the coordinator saw */
            expectedVersion: number;
        };
        ReminderPolicy: {
            dueBefore: number[];
            escalateToCoordinatorAfter: number;
            escalateToLeaderAfter: number;
            onTheDay: boolean;
            overdueDailyMax: number;
            stageBefore: number[];
        };
        ReminderPolicyDto: {
            /**
             * @description Working days before the due date
             * @example [
             *       5,
             *       3,
             *       1
             *     ]
             */
            dueBefore?: number[];
            /**
             * @description Escalate to the coordinator above (督办; 0 = never)
             * @example 3
             */
            escalateToCoordinatorAfter?: number;
            /**
             * @description Escalate to the unit leader (0 = never)
             * @example 1
             */
            escalateToLeaderAfter?: number;
            onTheDay?: boolean;
            /** @example 5 */
            overdueDailyMax?: number;
            /**
             * @description Working days before a stage deadline
             * @example [
             *       3,
             *       1
             *     ]
             */
            stageBefore?: number[];
        };
        RenameUnitDto: {
            /**
             * @description The name you saw: if someone renamed the unit meanwhile, 409 UNIT_NAME_CHANGED, nothing changed
             * @example 呼图壁县交通局
             */
            expectedName: string;
            /**
             * @description The new name (机构改革: a bureau renamed or merged)
             * @example 呼图壁县交通运输局
             */
            name: string;
        };
        ReopenFindingDto: {
            /**
             * @description Why the 整改 is not sufficient
             * @example 纠错率数据口径不一致，请核实
             */
            comment: string;
            /**
             * @description A new 整改 due date; default: the current one
             * @example 2043-04-30
             */
            dueOn?: string;
            /**
             * @description The finding version you saw
             * @example 2
             */
            expectedVersion: number;
        };
        ReplayedDelivery: {
            id: number;
            replays: number;
            /** @constant */
            status: "pending";
        };
        /** @description Whom the report goes to if it is dispatched now, as its 公文 will print them (主送 and 抄送) */
        ReportAddressees: {
            /** @description 抄送: those it is copied to */
            copy: string[];
            /** @description 主送: the units and bodies the report is addressed to if dispatched now; empty when nobody would receive it */
            main: string[];
            /** @description When no campaign asks for the report: whom the regulation has the unit report to (main and copy above are then the unit it goes up to by default, which may differ); null when campaigns address it */
            statutory: {
                /** @description 抄送 by the routing table */
                copy: string[];
                /** @description 主送 by the routing table */
                main: string[];
            } | null;
            /** @description The 主送 line the drafter typed in the current revision (县委、县人大常委会：): the 公文 prints it instead of main; null when the text has none */
            writtenInText: string | null;
        };
        ReportDetail: {
            allowedActions: components["schemas"]["AllowedAction"][];
            campaignId: string | null;
            /** @description Every campaign (报送任务) asking for this report, earliest due date first; empty for a reader who holds only what was sent to it */
            campaigns: {
                active: boolean;
                campaignId: string;
                /** @description The caller may send this campaign the dispatched version now (POST /reports/:id/receipts/:campaignId/dispatch): it asked after the dispatch and has no receipt yet */
                canDispatch: boolean;
                documentNumber: string | null;
                /**
                 * Format: date
                 * @description The unit's due date, after any extension
                 */
                dueDate: string;
                issuingUnit: components["schemas"]["UnitRef"];
                title: string;
            }[];
            /** @description Only for a reader outside the report’s unit: the revisions dispatched to it */
            copy?: {
                /** @description True for a reader who holds the report only as sent to it (抄送, 主送): state, version, returnCount, stageEnteredAt and updatedAt are as of latestDispatchedAt (version = the number of dispatches received), the deadlines are null. False for the office deciding a receipt, which reads the live progress */
                asDispatched: boolean;
                dispatches: {
                    /** Format: date-time */
                    dispatchedAt: string;
                    revision: number;
                }[];
                /** Format: date-time */
                latestDispatchedAt: string;
                latestRevision: number;
            };
            copyOnly: boolean;
            /** @description A joint 党委+政府 report (联合报告): the party committee reporting with the government unit; null for a unit reporting alone */
            coReportingUnit: components["schemas"]["UnitRef"] | null;
            currentRevision: number;
            deliberation: components["schemas"]["Deliberation"];
            /** @description The campaign's due date (end of day, Beijing time) */
            dueAt: string | null;
            id: string;
            receivingUnitId: string | null;
            /**
             * @description annual: the ordinary 法治政府建设年度报告; demonstration_area: a national demonstration area’s additional report (示范地区年度报告), a report of its own
             * @enum {string}
             */
            reportLine: "annual" | "demonstration_area";
            reportYear: number;
            returnCount: number;
            sections: components["schemas"]["ReportSections"];
            stageDueAt: string | null;
            /** Format: date-time */
            stageEnteredAt: string;
            /** @description Working days to stageDueAt (regional calendar): 0 = due today, negative = working days overdue */
            stageWorkingDaysLeft: number | null;
            state: string;
            /** @description The state in Chinese, from the workflow definition */
            stateLabel: string;
            submittedAt: string | null;
            title: string;
            unit: components["schemas"]["UnitRef"];
            /** @description The reporting unit's level: how the console names a place (镇党委、镇政府) its name does not say */
            unitLevel: components["schemas"]["UnitLevel"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
            workflow: {
                id: string;
                version: number;
            };
            /** @description Working days to dueAt, as the board counts them; null without a due date or while the report is with its recipients (a returned report counts again) */
            workingDaysLeft: number | null;
        };
        ReportDiff: {
            from: number;
            reportId: string;
            sections: {
                changed: boolean;
                hunks: components["schemas"]["DiffHunk"][];
                section: components["schemas"]["SectionKey"];
                /** @description The two texts differ in more than 1,000 lines: too different to compare line by line; hunks is then empty */
                tooDifferent: boolean;
            }[];
            titleChanged: boolean;
            to: number;
        };
        ReportHistory: {
            chain: {
                brokenAt?: number;
                reason?: string;
                verified: boolean;
            };
            events: components["schemas"]["HistoryEvent"][];
            reportId: string;
        };
        ReportSections: {
            leadersDuty: string;
            measures: string;
            nextYearPlan: string;
            other: string;
            shortcomings: string;
        };
        ReportSummary: {
            campaignId: string | null;
            currentRevision: number;
            /** @description The campaign's due date (end of day, Beijing time) */
            dueAt: string | null;
            id: string;
            receivingUnitId: string | null;
            /**
             * @description annual: the ordinary 法治政府建设年度报告; demonstration_area: a national demonstration area’s additional report (示范地区年度报告), a report of its own
             * @enum {string}
             */
            reportLine: "annual" | "demonstration_area";
            reportYear: number;
            returnCount: number;
            stageDueAt: string | null;
            /** Format: date-time */
            stageEnteredAt: string;
            /** @description Working days to stageDueAt (regional calendar): 0 = due today, negative = working days overdue */
            stageWorkingDaysLeft: number | null;
            state: string;
            /** @description The state in Chinese, from the workflow definition */
            stateLabel: string;
            submittedAt: string | null;
            title: string;
            unit: components["schemas"]["UnitRef"];
            /** @description The reporting unit's level: how the console names a place (镇党委、镇政府) its name does not say */
            unitLevel: components["schemas"]["UnitLevel"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
            workflow: {
                id: string;
                version: number;
            };
            /** @description Working days to dueAt, as the board counts them; null without a due date or while the report is with its recipients (a returned report counts again) */
            workingDaysLeft: number | null;
        };
        RequestExtensionDto: {
            /** @example 党组会议因主要负责人外出学习推迟召开 */
            reason: string;
            /**
             * @description The due date asked for (later than the current one)
             * @example 2026-03-06
             */
            requestedDueDate: string;
            /** @description The target unit asking; defaults to your own unit */
            unitId?: string;
        };
        ReturnReceiptDto: {
            /**
             * @description What to fix (required)
             * @example 第三部分文号有误，请更正。
             */
            comment: string;
            /**
             * @description The receipt's version you saw; if someone decided first you get 409
             * @example 1
             */
            expectedVersion: number;
            /** @description Findings recorded in the same transaction as the decision; one invalid finding refuses the request (400 naming findings.<index>.<field>) */
            findings?: components["schemas"]["DecisionFindingDto"][];
            /**
             * @description The fix needs a new deliberation meeting (otherwise a correction goes straight to sign-off)
             * @example false
             */
            needsRedeliberation?: boolean;
        };
        ReviewChainDto: {
            /**
             * @description The review path (workflow definition id) for the unit's new reports: default, with-division-leader (分管领导审核), without-legal-review, with-division-leader-without-legal-review. Used where it keeps every safeguard of the campaign's own path (deliberation, legal review, sign-off), else the campaign's path applies. null: always the campaign’s. Required, so an empty body changes nothing.
             * @example with-division-leader
             */
            reviewChain: string | null;
        };
        ReviewChainSetting: {
            /** @description The review paths the unit may choose (each keeps the regulation’s floor) */
            choices: {
                /** @description How many of the active campaigns asking the unit have a rule this path does not keep (0: it keeps them all) */
                campaignsShortOf: number;
                id: string;
                states: {
                    id: string;
                    label: string;
                }[];
            }[];
            /** @description null: the campaign's review path */
            reviewChain: string | null;
            /** @description Active campaigns asking the unit whose 内部审核流程要求 the chosen path does not keep: their reports follow the campaign’s path */
            shortfalls: {
                campaignId: string;
                issuingUnitName: string;
                missing: {
                    label: string;
                    /** @enum {string} */
                    rule: "deliberation" | "legalReview" | "signOff";
                }[];
                reportYear: number;
                title: string;
            }[];
            /** @description The stages of the chosen path, in order */
            states: {
                id: string;
                label: string;
            }[] | null;
            unitId: string;
        };
        /** @description One finding (问题清单) against a report and its 整改: open → answered → closed, or reopened */
        ReviewFinding: {
            answer: {
                /** Format: date-time */
                answeredAt: string;
                answeredBy: string;
                /** Format: date */
                completedOn: string;
                measures: string;
            } | null;
            campaignId: string;
            decision: {
                comment: string | null;
                /** Format: date-time */
                decidedAt: string;
                decidedBy: string;
            } | null;
            /** Format: date */
            dueOn: string;
            id: string;
            /** Format: date-time */
            raisedAt: string;
            raisedBy: string;
            raisingUnitId: string;
            reportId: string;
            status: components["schemas"]["ReviewFindingStatus"];
            text: string;
            version: number;
        };
        ReviewFindingList: {
            items: components["schemas"]["ListedReviewFinding"][];
        };
        /** @enum {string} */
        ReviewFindingStatus: "open" | "answered" | "closed";
        Revision: {
            authorId: string;
            basedOn: number;
            contentHash: string;
            /** Format: date-time */
            createdAt: string;
            number: number;
            reportId: string;
            sections: components["schemas"]["ReportSections"];
            title: string;
        };
        /** @description A saved revision without its text (the revision list) */
        RevisionMeta: {
            authorId: string;
            /** @description The saver's display name (null if unknown) */
            authorName: string | null;
            basedOn: number;
            /** @description Characters of the five sections together */
            chars: number;
            contentHash: string;
            /** Format: date-time */
            createdAt: string;
            number: number;
            reportId: string;
            title: string;
        };
        /**
         * @description A role a user holds in a unit
         * @enum {string}
         */
        Role: "drafter" | "dept_reviewer" | "legal_adviser" | "party_approver" | "division_leader" | "unit_leader" | "coordinator" | "admin";
        RoleGrantDto: {
            /**
             * @example drafter
             * @enum {string}
             */
            role: "drafter" | "dept_reviewer" | "legal_adviser" | "party_approver" | "division_leader" | "unit_leader" | "coordinator" | "admin";
            /** @description The unit the role is held in. Defaults to the user's own unit; coordinator and admin may be held in the parent unit (a 司法局 coordinating its level). */
            unitId?: string;
        };
        SavedRevision: {
            authorId: string;
            basedOn: number;
            check: components["schemas"]["CheckResult"];
            contentHash: string;
            /** Format: date-time */
            createdAt: string;
            number: number;
            reportId: string;
            sections: components["schemas"]["ReportSections"];
            title: string;
        };
        SaveRevisionDto: {
            /**
             * @description The revision this edit started from; a stale one is refused with 409
             * @example 0
             */
            basedOnRevision: number;
            /**
             * @description The sections this save changes. A section left out keeps its text from basedOnRevision (so {"other":"…"} changes item five only); an explicit "" clears a section. On the first save (basedOnRevision 0) the sections left out start empty.
             * @example {
             *       "other": "五、其他需要报告的情况\n无。"
             *     }
             */
            sections: components["schemas"]["SectionsDto"];
            title?: string;
        };
        ScheduleEntry: {
            /** Format: date-time */
            enteredAt: string;
            enteredBy: string;
            id: string;
            region: string | null;
            withdrawn: boolean;
            year: number;
        };
        ScheduleYearStatus: {
            /** Format: date-time */
            enteredAt?: string;
            enteredBy?: string;
            entryId?: string;
            /** @enum {string} */
            origin: "entered" | "file";
            overridesFile?: boolean;
            year: number;
        };
        /** @description 评分规则: base points and what each fact costs (docs/campaigns.md) */
        ScoringRule: {
            basePoints: number;
            notPublishedByDisclosureDate: number;
            notSubmitted: number;
            perMissingItem: number;
            perReturnBeyondFirst: number;
            perWorkingDayLate: number;
        };
        /**
         * @description The five statutory sections, in statutory order
         * @enum {string}
         */
        SectionKey: "measures" | "shortcomings" | "leadersDuty" | "nextYearPlan" | "other";
        SectionsDto: {
            /** @description 三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况 */
            leadersDuty?: string;
            /** @description 一、主要举措和成效 */
            measures?: string;
            /** @description 四、下一年度推进法治政府建设的主要安排 */
            nextYearPlan?: string;
            /** @description 五、其他需要报告的情况 */
            other?: string;
            /** @description 二、存在的不足和原因 */
            shortcomings?: string;
        };
        /** @description A round trip API → outbox → Redis → worker → database; processedAt is set when the worker answered */
        SelfCheck: {
            id: string;
            processedAt: string | null;
            processedBy: string | null;
            requestedAt: string;
        };
        /** @description The stamped scan (盖章扫描件) of a dispatched report (its content is downloaded separately) */
        StampedScan: {
            /** Format: date-time */
            createdAt: string;
            filename: string;
            id: string;
            reportId: string;
            /** @description The revision the sealed paper copy was printed from */
            revision: number;
            sha256: string;
            sizeBytes: number;
            uploadedBy: string;
        };
        /** @description What dispatching the report needs of the stamped scan (#18 item 7), for the report's own unit and those above it */
        StampedScanRequirement: {
            /** @description The newest revision that has a scan; an earlier one than `revision` does not count */
            latestScannedRevision: number | null;
            /** @description The largest scan accepted, in bytes (ATTACHMENT_MAX_BYTES) */
            maxBytes: number;
            /** @description false: dispatching now is refused 422 STAMPED_SCAN_REQUIRED (no scan of this revision) */
            ready: boolean;
            /** @description true when a campaign the report answers requires the stamped scan */
            required: boolean;
            /** @description The campaigns that require it (报送时须上传盖章扫描件) */
            requiredBy: {
                campaignId: string;
                title: string;
            }[];
            /** @description The revision a dispatch now would send: the scan must be of it */
            revision: number;
        };
        /** @enum {number} */
        StatutoryItem: 1 | 2 | 3 | 4 | 5;
        /** @description One unit's campaign reports by year: on time, late, missing */
        SubmissionHistory: {
            entries: {
                campaign: {
                    documentNumber: string | null;
                    id: string;
                    issuingUnit: components["schemas"]["UnitRef"];
                    status: string;
                    title: string;
                };
                disclosure: components["schemas"]["BoardDisclosure"];
                /**
                 * Format: date
                 * @description The date in force: the extended one if extended
                 */
                dueDate: string;
                extended: boolean;
                lateness: components["schemas"]["Lateness"];
                light: components["schemas"]["Light"];
                /**
                 * Format: date
                 * @description 通知规定日期: the notice's date, never moved
                 */
                originalDueDate: string;
                progress: components["schemas"]["Progress"];
                /** @description This campaign's receipt (回执) of the report; null: not dispatched to it yet */
                receipt: ("received" | "accepted" | "returned") | null;
                reportId: string;
                reportYear: number;
                /** @description Times the issuing office returned it */
                returnCount: number;
                stage: string;
                state: string;
                submittedAt: string | null;
                submittedOnTime: boolean | null;
                workingDaysOverdue: number | null;
            }[];
            unit: components["schemas"]["UnitRef"];
            years: {
                campaigns: number;
                /** @description Active campaigns only */
                notSubmitted: number;
                reportYear: number;
                submittedLate: number;
                submittedLateAgainstNotice: number;
                submittedOnTime: number;
                submittedOnTimeAgainstNotice: number;
                /** @description Campaigns of the year withdrawn since: counted in none of the others */
                withdrawn: number;
            }[];
        };
        TakeActionDto: {
            /**
             * @description submit, approve, approve_in_principle (原则通过), sign_off (签发), dispatch (文号), return, withdraw, accept, publish (per the workflow)
             * @example approve
             */
            action: string;
            /**
             * @description Required for return
             * @example 第二部分缺少原因分析，请补充。
             */
            comment?: string;
            /**
             * @description The report version you saw; if someone acted first you get 409
             * @example 3
             */
            expectedVersion: number;
            fields?: components["schemas"]["ActionFieldsDto"];
        };
        /** @description The units an issuing unit may ask (below it; for a department or office, its level government’s units too) */
        TargetArea: {
            /** @description Active drafters per unit of the area (counts, never who): 0 = nobody receives a campaign there */
            drafterCounts: {
                drafters: number;
                unitId: string;
            }[];
            issuingUnit: components["schemas"]["UnitRef"];
            units: components["schemas"]["Unit"][];
        };
        TargetsDto: {
            /** @description Pairs among the targets that write one joint 党委+政府 report (联合报告): the government’s people draft and sign it off, the 党委 reads it; 400 JOINT_REPORT_INVALID unless they are the 党委 and 政府 of the same place */
            jointReports?: components["schemas"]["JointReportDto"][];
            select?: components["schemas"]["TargetSelectorDto"];
            /** @description Units strictly below the issuing unit */
            unitIds?: string[];
        };
        TargetSelectorDto: {
            /**
             * @example [
             *       "department"
             *     ]
             */
            kinds?: ("government" | "department" | "justice_bureau" | "other" | "party_committee" | "congress_standing_committee" | "rule_of_law_office")[];
            /**
             * @example [
             *       "county"
             *     ]
             */
            levels?: ("province" | "prefecture" | "county" | "township")[];
            /**
             * @description Part of the unit name
             * @example 交通运输局
             */
            nameContains?: string;
        };
        TokenPair: {
            accessToken: string;
            /** @description Seconds */
            accessTokenExpiresIn: number;
            /** @description Set by an administrator: until POST /auth/password, every other endpoint answers 403 */
            passwordChangeRequired: boolean;
            refreshToken: string;
            refreshTokenExpiresAt: string;
        };
        TransitionResult: {
            event: {
                action: string;
                actorRole: string;
                createdAt: string;
                fromState: string | null;
                seq: number;
                toState: string;
            };
            report: {
                currentRevision: number;
                id: string;
                stageDueAt: string | null;
                state: string;
                version: number;
            };
        };
        Unit: {
            /** Format: date-time */
            createdAt: string;
            /** @description The body that deliberates its report; null: the default for its kind */
            deliberationBody?: string | null;
            demonstrationArea: boolean;
            depth: number;
            divisionCode: string | null;
            housedInUnitId: string | null;
            id: string;
            kind: components["schemas"]["UnitKind"];
            level: components["schemas"]["UnitLevel"];
            name: string;
            parentId: string | null;
            path: string;
            /** @description The review path it chose for new reports; null: the campaign's */
            reviewChain?: string | null;
        };
        /** @enum {string} */
        UnitKind: "government" | "department" | "justice_bureau" | "other" | "party_committee" | "congress_standing_committee" | "rule_of_law_office";
        /** @enum {string} */
        UnitLevel: "province" | "prefecture" | "county" | "township";
        UnitRef: {
            id: string;
            name: string;
        };
        UnreadCount: {
            unread: number;
        };
        /** @description A recipient the regulation names that the directory does not hold (never guessed) */
        UnresolvedRecipient: {
            /** @description As a notice names it, e.g. 本级人大常委会 */
            label: string;
            /** @enum {string} */
            role: "own_level_party_committee" | "own_level_government" | "department_one_level_up" | "own_level_rule_of_law_office" | "own_level_congress_standing_committee" | "party_committee_one_level_up" | "government_one_level_up" | "rule_of_law_office_one_level_up" | "provincial_rule_of_law_office" | "centre";
        };
        Urge: {
            campaignId: string;
            id: string;
            /** @description 催办说明, trimmed; null: none */
            message: string | null;
            unit: {
                id: string;
                name: string;
            };
            /** Format: date-time */
            urgedAt: string;
            urgedBy: {
                displayName: string;
                id: string;
            };
            /** @description The China date of the press (one per target and day) */
            urgedOn: string;
        };
        UrgeTargetDto: {
            /**
             * @description 催办说明, at most 200 characters once trimmed; blank or omitted: none
             * @example 请于本周五前完成报送
             */
            message?: string | null;
        };
        /** @description A user as administrators see it (never the password hash) */
        UserView: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            displayName: string;
            email: string | null;
            id: string;
            lockedUntil: string | null;
            passwordChangeRequired: boolean;
            roles: {
                role: components["schemas"]["Role"];
                unitId: string;
                unitPath: string;
            }[];
            unitId: string;
            username: string;
        };
        WebhookDto: {
            /**
             * @description null clears the webhook; the property is required, so an empty body clears nothing
             * @example https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...
             */
            url: string | null;
        };
        /** @description Whether the unit has a webhook (its URL, which carries a key, is never sent back) */
        WebhookSetting: {
            unitId: string;
            webhookSet: boolean;
        };
        WithdrawCampaignDto: {
            /** @example 通知内容有误，重新下发 */
            reason: string;
        };
        WorkflowRefDto: {
            /** @example default */
            id: string;
            /** @example 1 */
            version: number;
        };
        /**
         * @description A role a step is taken in: one a user holds, or co_reporting_leader (the principal leader of a joint report’s 党委)
         * @enum {string}
         */
        WorkflowRole: "drafter" | "dept_reviewer" | "legal_adviser" | "party_approver" | "division_leader" | "unit_leader" | "coordinator" | "admin" | "co_reporting_leader";
        WorkItem: {
            allowedActions: components["schemas"]["AllowedAction"][];
            campaignId: string | null;
            currentRevision: number;
            /** @description The campaign's due date (end of day, Beijing time) */
            dueAt: string | null;
            id: string;
            /** @description Campaigns that asked after the report was sent and have not received it: its drafter sends it (POST /reports/:id/receipts/:campaignId/dispatch, 报送至该任务); present only on such items, whose allowedActions is empty */
            notSentToCampaigns?: {
                campaignId: string;
                title: string;
            }[];
            receivingUnitId: string | null;
            /**
             * @description annual: the ordinary 法治政府建设年度报告; demonstration_area: a national demonstration area’s additional report (示范地区年度报告), a report of its own
             * @enum {string}
             */
            reportLine: "annual" | "demonstration_area";
            reportYear: number;
            returnCount: number;
            stageDueAt: string | null;
            /** Format: date-time */
            stageEnteredAt: string;
            /** @description Working days to stageDueAt (regional calendar): 0 = due today, negative = working days overdue */
            stageWorkingDaysLeft: number | null;
            state: string;
            /** @description The state in Chinese, from the workflow definition */
            stateLabel: string;
            submittedAt: string | null;
            title: string;
            unit: components["schemas"]["UnitRef"];
            /** @description The reporting unit's level: how the console names a place (镇党委、镇政府) its name does not say */
            unitLevel: components["schemas"]["UnitLevel"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
            workflow: {
                id: string;
                version: number;
            };
            /** @description Working days to dueAt, as the board counts them; null without a due date or while the report is with its recipients (a returned report counts again) */
            workingDaysLeft: number | null;
        };
    };
    responses: {
        /** @description Refused: BAD_REQUEST, CALENDAR_SCHEDULE_INVALID, CASCADE_BEYOND_PARENT, COMMENT_REQUIRED, CURRENT_PASSWORD_WRONG, DATE_IN_PAST, DISCLOSURE_FIELD_INVALID, DUE_DATE_AFTER_PARENT, DUE_DATE_AFTER_REGULATION, EXPORT_CAMPAIGN_UNKNOWN, EXTENSION_NOT_LATER, EXTENSION_TOO_LATE, FIELD_INVALID, FIELD_REQUIRED, FILE_REQUIRED, FINDING_FIELD_INVALID, FORWARDING_INVALID, IDEMPOTENCY_KEY_UNSUPPORTED, INVALID_ENCODING, ITEM_ORDER_INVALID, JOINT_REPORT_INVALID, MALFORMED_BODY, MALFORMED_JSON, NOTICE_INVALID, NOT_A_DEMONSTRATION_AREA, NO_TARGETS, PASSWORD_UNCHANGED, RECEIPT_COMMENT_REQUIRED, RECIPIENT_INVALID, REGULATION_DATE_PASSED, REPORT_LINE_MISMATCH, REPORT_TOO_LONG, ROLE_UNIT_INVALID, SCORING_RULE_INVALID, STAMPED_SCAN_INVALID, TARGET_NOT_BELOW_ISSUER, TOKEN_IN_QUERY, UNIT_HOUSING_INVALID, UNIT_PLACEMENT_INVALID, UNKNOWN_ACTION, UNKNOWN_WORKFLOW, USERNAME_INVALID, VALIDATION_FAILED, WEBHOOK_URL_REFUSED */
        Error400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody400"];
            };
        };
        /** @description Refused: ACCOUNT_DEACTIVATED, BAD_CREDENTIALS, INVALID_REFRESH_TOKEN, INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
        Error401: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody401"];
            };
        };
        /** @description Refused: CALENDAR_SCOPE, DUTIES_NOT_SEPARATED, FORBIDDEN, GRANT_TO_APPOINTER_FORBIDDEN, OWN_ADMIN_ROLE_REMOVAL_FORBIDDEN, OWN_PASSWORD_RESET_FORBIDDEN, PASSWORD_CHANGE_REQUIRED, ROLE_REQUIRED, SELF_GRANT_FORBIDDEN, TARGET_HOLDS_ROLE_BEYOND_YOUR_REACH */
        Error403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody403"];
            };
        };
        /** @description Refused: ATTACHMENT_NOT_FOUND, CAMPAIGN_NOT_FOUND, EXTENSION_NOT_FOUND, FINDING_NOT_FOUND, NOTICE_FILE_NOT_FOUND, NOTICE_NOT_FOUND, NOTIFICATION_NOT_FOUND, NOT_FOUND, RECEIPT_NOT_FOUND, REPORT_NOT_FOUND, REVISION_NOT_FOUND, ROLE_NOT_HELD, STAMPED_SCAN_NOT_FOUND */
        Error404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody404"];
            };
        };
        /** @description Refused: METHOD_NOT_ALLOWED, QUEUE_BOARD_READ_ONLY */
        Error405: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody405"];
            };
        };
        /** @description Refused: REQUEST_TIMEOUT */
        Error408: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody408"];
            };
        };
        /** @description Refused: ACTION_NOT_ALLOWED_IN_STATE, CAMPAIGN_DUPLICATE, CAMPAIGN_PAST_DUE, CAMPAIGN_WITHDRAWN, CANNOT_DEACTIVATE_SELF, CONFLICT, DISCLOSURE_ALREADY_PUBLISHED, DISCLOSURE_MARKING_NOT_OPEN, DISCLOSURE_NOT_CLEARED, DISCLOSURE_NOT_DISPATCHED, DISCLOSURE_NOT_PUBLISHED, DISCLOSURE_REVIEW_OUTDATED, DISCLOSURE_STALE_VERSION, DISPATCH_NOT_POSSIBLE, EXTENSION_ALREADY_DECIDED, EXTENSION_PENDING, FINDING_NO_RECEIPT, FINDING_STALE_VERSION, FINDING_WRONG_STATUS, FORWARDING_CHANGED, FORWARDING_NOT_ACCEPTED, ITEM_ORDER_LOCKED, ITEM_ORDER_STALE_VERSION, JOINT_REPORT_CONFLICT, NOTICE_ALREADY_ISSUED, NOTICE_BEFORE_DISCLOSURE_DATE, NOTICE_EXISTS, NOTICE_FACTS_CHANGED, NOTICE_STALE_VERSION, NOTICE_TOO_EARLY, NOT_DEAD, NO_REVISION_YET, RECEIPT_ALREADY_DECIDED, RECEIPT_DECISION_REQUIRED, RECEIPT_EXISTS, RECEIPT_RETURN_NOT_POSSIBLE, RECEIPT_STALE_VERSION, REPORT_ALREADY_SUBMITTED, REPORT_EXISTS, REPORT_NOT_EDITABLE, REPORT_STALE_VERSION, REVISION_STALE, ROLE_ALREADY_HELD, SCORING_RULE_STALE_VERSION, STAMPED_SCAN_TOO_EARLY, TARGET_EXISTS, UNIT_BODY_EXISTS, UNIT_NAME_CHANGED, UNIT_NAME_TAKEN, URGED_TODAY, URGE_NOBODY_TO_TELL, URGE_NOT_NEEDED, USERNAME_TAKEN, WITHDRAW_NOT_ALLOWED */
        Error409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody409"];
            };
        };
        /** @description Refused: PAYLOAD_TOO_LARGE */
        Error413: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody413"];
            };
        };
        /** @description Refused: FILE_TYPE_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE */
        Error415: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody415"];
            };
        };
        /** @description Refused: COMPLETENESS_CHECK_FAILED, DISCLOSURE_MARKERS_UNBALANCED, DISCLOSURE_MARKING_CHANGES_TEXT, DISCLOSURE_MARKING_UNCHANGED, DOCUMENT_REJECTED, FOLLOW_THROUGH_TOO_LARGE, IDEMPOTENCY_KEY_REUSED, STAMPED_SCAN_REQUIRED */
        Error422: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody422"];
            };
        };
        /** @description Refused: ACCOUNT_LOCKED */
        Error423: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody423"];
            };
        };
        /** @description Refused: TOO_MANY_REQUESTS */
        Error429: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody429"];
            };
        };
        /** @description Refused: HEADERS_TOO_LARGE */
        Error431: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody431"];
            };
        };
        /** @description Refused: INTERNAL_ERROR */
        Error500: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody500"];
            };
        };
        /** @description Refused: DATABASE_UNAVAILABLE, IMPORT_BUSY, NOT_READY, SERVICE_UNAVAILABLE */
        Error503: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody503"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type AcceptReceiptDto = components['schemas']['AcceptReceiptDto'];
export type ActionField = components['schemas']['ActionField'];
export type ActionFieldsDto = components['schemas']['ActionFieldsDto'];
export type AddTargetsDto = components['schemas']['AddTargetsDto'];
export type AdminEvent = components['schemas']['AdminEvent'];
export type AllowedAction = components['schemas']['AllowedAction'];
export type AnswerFindingDto = components['schemas']['AnswerFindingDto'];
export type AppliedDocumentFixes = components['schemas']['AppliedDocumentFixes'];
export type ApplyFixesDto = components['schemas']['ApplyFixesDto'];
export type Attachment = components['schemas']['Attachment'];
export type Board = components['schemas']['Board'];
export type BoardDisclosure = components['schemas']['BoardDisclosure'];
export type BoardMeasureTotals = components['schemas']['BoardMeasureTotals'];
export type BoardRow = components['schemas']['BoardRow'];
export type BoardTotals = components['schemas']['BoardTotals'];
export type CalendarDay = components['schemas']['CalendarDay'];
export type CalendarOverview = components['schemas']['CalendarOverview'];
export type CalendarYears = components['schemas']['CalendarYears'];
export type Campaign = components['schemas']['Campaign'];
export type CampaignEvent = components['schemas']['CampaignEvent'];
export type CampaignFindingCounts = components['schemas']['CampaignFindingCounts'];
export type CampaignItemOrder = components['schemas']['CampaignItemOrder'];
export type CampaignListItem = components['schemas']['CampaignListItem'];
export type CampaignNotice = components['schemas']['CampaignNotice'];
export type CampaignRecordVerification = components['schemas']['CampaignRecordVerification'];
export type CampaignScoringRule = components['schemas']['CampaignScoringRule'];
export type CampaignStatus = components['schemas']['CampaignStatus'];
export type ChainRules = components['schemas']['ChainRules'];
export type ChainRulesDto = components['schemas']['ChainRulesDto'];
export type ChangePasswordDto = components['schemas']['ChangePasswordDto'];
export type CheckContentDto = components['schemas']['CheckContentDto'];
export type CheckOverride = components['schemas']['CheckOverride'];
export type CheckOverrideDto = components['schemas']['CheckOverrideDto'];
export type CheckResult = components['schemas']['CheckResult'];
export type CheckSectionsDto = components['schemas']['CheckSectionsDto'];
export type CloseFindingDto = components['schemas']['CloseFindingDto'];
export type CopiedReport = components['schemas']['CopiedReport'];
export type CreateReportDto = components['schemas']['CreateReportDto'];
export type CreateUnitDto = components['schemas']['CreateUnitDto'];
export type CreateUserDto = components['schemas']['CreateUserDto'];
export type DeadLetter = components['schemas']['DeadLetter'];
export type DecideExtensionDto = components['schemas']['DecideExtensionDto'];
export type DecisionFindingDto = components['schemas']['DecisionFindingDto'];
export type DefaultRecipients = components['schemas']['DefaultRecipients'];
export type Deliberation = components['schemas']['Deliberation'];
export type DeliberationBodyDto = components['schemas']['DeliberationBodyDto'];
export type DeliberationBodySetting = components['schemas']['DeliberationBodySetting'];
export type DemonstrationAreaDto = components['schemas']['DemonstrationAreaDto'];
export type DiffHunk = components['schemas']['DiffHunk'];
export type Disclosure = components['schemas']['Disclosure'];
export type DisclosureChannel = components['schemas']['DisclosureChannel'];
export type DisclosureColumn = components['schemas']['DisclosureColumn'];
export type DisclosurePublicationCorrectionDto = components['schemas']['DisclosurePublicationCorrectionDto'];
export type DisclosurePublicationDto = components['schemas']['DisclosurePublicationDto'];
export type DisclosureReviewDto = components['schemas']['DisclosureReviewDto'];
export type DisclosureStatus = components['schemas']['DisclosureStatus'];
export type DisclosureTodoList = components['schemas']['DisclosureTodoList'];
export type DispatchToCampaignDto = components['schemas']['DispatchToCampaignDto'];
export type DocumentCheck = components['schemas']['DocumentCheck'];
export type DrafterCount = components['schemas']['DrafterCount'];
export type DutySeparationDto = components['schemas']['DutySeparationDto'];
export type DutySeparationSetting = components['schemas']['DutySeparationSetting'];
export type EnteredSchedule = components['schemas']['EnteredSchedule'];
export type ErrorBody = components['schemas']['ErrorBody'];
export type ErrorBody400 = components['schemas']['ErrorBody400'];
export type ErrorBody401 = components['schemas']['ErrorBody401'];
export type ErrorBody403 = components['schemas']['ErrorBody403'];
export type ErrorBody404 = components['schemas']['ErrorBody404'];
export type ErrorBody405 = components['schemas']['ErrorBody405'];
export type ErrorBody408 = components['schemas']['ErrorBody408'];
export type ErrorBody409 = components['schemas']['ErrorBody409'];
export type ErrorBody413 = components['schemas']['ErrorBody413'];
export type ErrorBody415 = components['schemas']['ErrorBody415'];
export type ErrorBody422 = components['schemas']['ErrorBody422'];
export type ErrorBody423 = components['schemas']['ErrorBody423'];
export type ErrorBody429 = components['schemas']['ErrorBody429'];
export type ErrorBody431 = components['schemas']['ErrorBody431'];
export type ErrorBody500 = components['schemas']['ErrorBody500'];
export type ErrorBody503 = components['schemas']['ErrorBody503'];
export type ErrorCode = components['schemas']['ErrorCode'];
export type Extension = components['schemas']['Extension'];
export type ExtensionWithUnit = components['schemas']['ExtensionWithUnit'];
export type ExternalRecipientsDto = components['schemas']['ExternalRecipientsDto'];
export type Figure = components['schemas']['Figure'];
export type Finding = components['schemas']['Finding'];
export type FindingTodoList = components['schemas']['FindingTodoList'];
export type FollowThrough = components['schemas']['FollowThrough'];
export type ForwardingRecord = components['schemas']['ForwardingRecord'];
export type Forwardings = components['schemas']['Forwardings'];
export type HistoryEvent = components['schemas']['HistoryEvent'];
export type ImportResult = components['schemas']['ImportResult'];
export type ImportTextDto = components['schemas']['ImportTextDto'];
export type IssueCampaignDto = components['schemas']['IssueCampaignDto'];
export type IssuedCampaign = components['schemas']['IssuedCampaign'];
export type IssueNoticeDto = components['schemas']['IssueNoticeDto'];
export type JointReportDto = components['schemas']['JointReportDto'];
export type Lateness = components['schemas']['Lateness'];
export type Light = components['schemas']['Light'];
export type ListedReviewFinding = components['schemas']['ListedReviewFinding'];
export type Liveness = components['schemas']['Liveness'];
export type LoginDto = components['schemas']['LoginDto'];
export type LoginResult = components['schemas']['LoginResult'];
export type MappingEntry = components['schemas']['MappingEntry'];
export type Me = components['schemas']['Me'];
export type MissingSchedule = components['schemas']['MissingSchedule'];
export type MissingSchedules = components['schemas']['MissingSchedules'];
export type NoticeDraft = components['schemas']['NoticeDraft'];
export type NoticeFile = components['schemas']['NoticeFile'];
export type Notification = components['schemas']['Notification'];
export type OpenReceipt = components['schemas']['OpenReceipt'];
export type PasswordResetDto = components['schemas']['PasswordResetDto'];
export type PendingExtension = components['schemas']['PendingExtension'];
export type Progress = components['schemas']['Progress'];
export type PublicReportFeed = components['schemas']['PublicReportFeed'];
export type PutItemOrderDto = components['schemas']['PutItemOrderDto'];
export type PutNoticeDto = components['schemas']['PutNoticeDto'];
export type PutScoringRuleDto = components['schemas']['PutScoringRuleDto'];
export type RaiseFindingDto = components['schemas']['RaiseFindingDto'];
export type Readiness = components['schemas']['Readiness'];
export type Receipt = components['schemas']['Receipt'];
export type ReceiptDecision = components['schemas']['ReceiptDecision'];
export type RecipientPreviewDto = components['schemas']['RecipientPreviewDto'];
export type RecipientsDto = components['schemas']['RecipientsDto'];
export type RecordForwardingDto = components['schemas']['RecordForwardingDto'];
export type RefreshDto = components['schemas']['RefreshDto'];
export type RefreshNoticeDto = components['schemas']['RefreshNoticeDto'];
export type ReminderPolicy = components['schemas']['ReminderPolicy'];
export type ReminderPolicyDto = components['schemas']['ReminderPolicyDto'];
export type RenameUnitDto = components['schemas']['RenameUnitDto'];
export type ReopenFindingDto = components['schemas']['ReopenFindingDto'];
export type ReplayedDelivery = components['schemas']['ReplayedDelivery'];
export type ReportAddressees = components['schemas']['ReportAddressees'];
export type ReportDetail = components['schemas']['ReportDetail'];
export type ReportDiff = components['schemas']['ReportDiff'];
export type ReportHistory = components['schemas']['ReportHistory'];
export type ReportSections = components['schemas']['ReportSections'];
export type ReportSummary = components['schemas']['ReportSummary'];
export type RequestExtensionDto = components['schemas']['RequestExtensionDto'];
export type ReturnReceiptDto = components['schemas']['ReturnReceiptDto'];
export type ReviewChainDto = components['schemas']['ReviewChainDto'];
export type ReviewChainSetting = components['schemas']['ReviewChainSetting'];
export type ReviewFinding = components['schemas']['ReviewFinding'];
export type ReviewFindingList = components['schemas']['ReviewFindingList'];
export type ReviewFindingStatus = components['schemas']['ReviewFindingStatus'];
export type Revision = components['schemas']['Revision'];
export type RevisionMeta = components['schemas']['RevisionMeta'];
export type Role = components['schemas']['Role'];
export type RoleGrantDto = components['schemas']['RoleGrantDto'];
export type SavedRevision = components['schemas']['SavedRevision'];
export type SaveRevisionDto = components['schemas']['SaveRevisionDto'];
export type ScheduleEntry = components['schemas']['ScheduleEntry'];
export type ScheduleYearStatus = components['schemas']['ScheduleYearStatus'];
export type ScoringRule = components['schemas']['ScoringRule'];
export type SectionKey = components['schemas']['SectionKey'];
export type SectionsDto = components['schemas']['SectionsDto'];
export type SelfCheck = components['schemas']['SelfCheck'];
export type StampedScan = components['schemas']['StampedScan'];
export type StampedScanRequirement = components['schemas']['StampedScanRequirement'];
export type StatutoryItem = components['schemas']['StatutoryItem'];
export type SubmissionHistory = components['schemas']['SubmissionHistory'];
export type TakeActionDto = components['schemas']['TakeActionDto'];
export type TargetArea = components['schemas']['TargetArea'];
export type TargetsDto = components['schemas']['TargetsDto'];
export type TargetSelectorDto = components['schemas']['TargetSelectorDto'];
export type TokenPair = components['schemas']['TokenPair'];
export type TransitionResult = components['schemas']['TransitionResult'];
export type Unit = components['schemas']['Unit'];
export type UnitKind = components['schemas']['UnitKind'];
export type UnitLevel = components['schemas']['UnitLevel'];
export type UnitRef = components['schemas']['UnitRef'];
export type UnreadCount = components['schemas']['UnreadCount'];
export type UnresolvedRecipient = components['schemas']['UnresolvedRecipient'];
export type Urge = components['schemas']['Urge'];
export type UrgeTargetDto = components['schemas']['UrgeTargetDto'];
export type UserView = components['schemas']['UserView'];
export type WebhookDto = components['schemas']['WebhookDto'];
export type WebhookSetting = components['schemas']['WebhookSetting'];
export type WithdrawCampaignDto = components['schemas']['WithdrawCampaignDto'];
export type WorkflowRefDto = components['schemas']['WorkflowRefDto'];
export type WorkflowRole = components['schemas']['WorkflowRole'];
export type WorkItem = components['schemas']['WorkItem'];
export type ResponseError400 = components['responses']['Error400'];
export type ResponseError401 = components['responses']['Error401'];
export type ResponseError403 = components['responses']['Error403'];
export type ResponseError404 = components['responses']['Error404'];
export type ResponseError405 = components['responses']['Error405'];
export type ResponseError408 = components['responses']['Error408'];
export type ResponseError409 = components['responses']['Error409'];
export type ResponseError413 = components['responses']['Error413'];
export type ResponseError415 = components['responses']['Error415'];
export type ResponseError422 = components['responses']['Error422'];
export type ResponseError423 = components['responses']['Error423'];
export type ResponseError429 = components['responses']['Error429'];
export type ResponseError431 = components['responses']['Error431'];
export type ResponseError500 = components['responses']['Error500'];
export type ResponseError503 = components['responses']['Error503'];
export type $defs = Record<string, never>;
export interface operations {
    CalendarAdminController_overview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarOverview"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CalendarAdminController_missing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissingSchedules"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CalendarAdminController_enterNational: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description four-digit year, 2000-2999 */
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnteredSchedule"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CalendarAdminController_withdrawNational: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description four-digit year, 2000-2999 */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleEntry"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CalendarAdminController_enterRegional: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description administrative division code prefix of 2, 4 or 6 digits, e.g. 65 (Xinjiang) */
                region: number;
                /** @description four-digit year, 2000-2999 */
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnteredSchedule"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CalendarAdminController_withdrawRegional: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description administrative division code prefix of 2, 4 or 6 digits, e.g. 65 (Xinjiang) */
                region: number;
                /** @description four-digit year, 2000-2999 */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleEntry"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    DeadLettersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetter"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    DeadLettersController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayedDelivery"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    AdminEventsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminEvent"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    QueueBoardSessionController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cookie is set */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    QueueBoardSessionController_close: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cookie is cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CalendarDaysController_day: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarDay"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CalendarDaysController_years: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYears"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CampaignsController_list: {
        parameters: {
            query?: {
                reportYear?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignListItem"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CampaignsController_issue: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-100 characters [A-Za-z0-9_-]; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueCampaignDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedCampaign"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CampaignsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    BoardController_get: {
        parameters: {
            query?: {
                /** @description Workflow states, comma-separated, e.g. drafting,dept_review */
                state?: string[];
                /** @description true: only units overdue and not submitted; false: all others */
                overdue?: boolean;
                light?: "green" | "yellow" | "red";
                unitKind?: "government" | "department" | "justice_bureau" | "other" | "party_committee" | "congress_standing_committee" | "rule_of_law_office";
                unitLevel?: "province" | "prefecture" | "county" | "township";
                /** @description 已公开 / 未公开 / 逾期未公开 */
                disclosure?: "published" | "not_published" | "overdue_unpublished";
                /** @description true: only units whose report has open (or reopened) findings of this campaign, 待整改; false: only those without */
                openFindings?: boolean;
                /** @description true: only units whose chosen internal review chain lacks what the campaign's chain rules require (内部流程不符合要求); false: only those that keep them */
                chainShortfall?: boolean;
                sort?: "unit" | "state" | "dueDate" | "urgency" | "returnCount" | "submittedAt";
                order?: "asc" | "desc";
                /** @description Page size (JSON only); all rows when absent */
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Board"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    BoardController_csv: {
        parameters: {
            query?: {
                /** @description Workflow states, comma-separated, e.g. drafting,dept_review */
                state?: string[];
                /** @description true: only units overdue and not submitted; false: all others */
                overdue?: boolean;
                light?: "green" | "yellow" | "red";
                unitKind?: "government" | "department" | "justice_bureau" | "other" | "party_committee" | "congress_standing_committee" | "rule_of_law_office";
                unitLevel?: "province" | "prefecture" | "county" | "township";
                /** @description 已公开 / 未公开 / 逾期未公开 */
                disclosure?: "published" | "not_published" | "overdue_unpublished";
                /** @description true: only units whose report has open (or reopened) findings of this campaign, 待整改; false: only those without */
                openFindings?: boolean;
                /** @description true: only units whose chosen internal review chain lacks what the campaign's chain rules require (内部流程不符合要求); false: only those that keep them */
                chainShortfall?: boolean;
                sort?: "unit" | "state" | "dueDate" | "urgency" | "returnCount" | "submittedAt";
                order?: "asc" | "desc";
                /** @description Page size (JSON only); all rows when absent */
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    BoardController_xlsx: {
        parameters: {
            query?: {
                /** @description Workflow states, comma-separated, e.g. drafting,dept_review */
                state?: string[];
                /** @description true: only units overdue and not submitted; false: all others */
                overdue?: boolean;
                light?: "green" | "yellow" | "red";
                unitKind?: "government" | "department" | "justice_bureau" | "other" | "party_committee" | "congress_standing_committee" | "rule_of_law_office";
                unitLevel?: "province" | "prefecture" | "county" | "township";
                /** @description 已公开 / 未公开 / 逾期未公开 */
                disclosure?: "published" | "not_published" | "overdue_unpublished";
                /** @description true: only units whose report has open (or reopened) findings of this campaign, 待整改; false: only those without */
                openFindings?: boolean;
                /** @description true: only units whose chosen internal review chain lacks what the campaign's chain rules require (内部流程不符合要求); false: only those that keep them */
                chainShortfall?: boolean;
                sort?: "unit" | "state" | "dueDate" | "urgency" | "returnCount" | "submittedAt";
                order?: "asc" | "desc";
                /** @description Page size (JSON only); all rows when absent */
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CompilationController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CampaignsController_events: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignEvent"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CampaignsController_eventsVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignRecordVerification"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ExtensionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionWithUnit"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ExtensionsController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestExtensionDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionWithUnit"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ExtensionsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                extensionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideExtensionDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Extension"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    FindingsController_campaignCounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignFindingCounts"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ForwardingController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Forwardings"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ForwardingController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-100 characters [A-Za-z0-9_-]; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordForwardingDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Forwardings"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ItemOrderController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignItemOrder"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ItemOrderController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutItemOrderDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignItemOrder"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    NoticeController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignNotice"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    NoticeController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutNoticeDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignNotice"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    NoticeController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignNotice"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    NoticeDraftController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDraft"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CampaignsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/msword": string;
                    "application/ofd": string;
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CampaignsController_attach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeFile"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    NoticeController_docx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    NoticeController_issue: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-100 characters [A-Za-z0-9_-]; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueNoticeDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignNotice"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    NoticeController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshNoticeDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignNotice"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ScoresController_scoresheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ScoresController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignScoringRule"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ScoresController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutScoringRuleDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignScoringRule"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CampaignsController_addTargets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTargetsDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedCampaign"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UrgeController_urge: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-100 characters [A-Za-z0-9_-]; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UrgeTargetDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Urge"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CampaignsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawCampaignDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CampaignRecipientsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecipientPreviewDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefaultRecipients"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    CampaignRecipientsController_targetArea: {
        parameters: {
            query?: {
                /** @description As in issuing: defaults to your only coordinator unit */
                issuingUnitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetArea"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ContentController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckContentDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckResult"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ContentController_importText: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportTextDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ContentController_importFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    DisclosureTodoController_toDo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureTodoList"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    PendingExtensionsController_pending: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingExtension"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    FindingsController_answer: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-100 characters [A-Za-z0-9_-]; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerFindingDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewFinding"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    FindingsController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-100 characters [A-Za-z0-9_-]; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseFindingDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewFinding"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    FindingsController_reopen: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-100 characters [A-Za-z0-9_-]; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenFindingDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewFinding"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    FindingsController_toAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingTodoList"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The Health Check is successful
             *
             *     Success
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "message": "Could not connect",
                         *         "status": "down"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "message": "Could not connect",
                         *         "status": "down"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example error */
                        status?: string;
                    };
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    MetricsController_metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics in Prometheus text format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain; version=0.0.4": string;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description Only the unread ones */
                unreadOnly?: boolean;
                /** @description Only those about this report (the report page shows its latest 催办) */
                reportId?: string;
                /** @description Only those of this kind, e.g. urged (催办) */
                kind?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    NotificationsController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    NotificationsController_unreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    PublicReportsController_page: {
        parameters: {
            query: {
                /** @description The unit whose tree (the unit and every unit below it) is listed */
                unit: string;
                /** @description The report year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page (HTML, readable on a phone) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    PublicReportsController_json: {
        parameters: {
            query: {
                /** @description The unit whose tree (the unit and every unit below it) is listed */
                unit: string;
                /** @description The report year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicReportFeed"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    PublicReportsController_rss: {
        parameters: {
            query: {
                /** @description The unit whose tree (the unit and every unit below it) is listed */
                unit: string;
                /** @description The report year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The same list as an RSS 2.0 feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/rss+xml": string;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    PublicReportsController_docx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReceiptsController_open: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenReceipt"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReportsController_list: {
        parameters: {
            query?: {
                unitId?: string;
                reportYear?: number;
                state?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSummary"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReportsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReportDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDetail"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReportsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDetail"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReportsController_act: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-100 characters [A-Za-z0-9_-]; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TakeActionDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionResult"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReportDocumentsController_addressees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportAddressees"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    AttachmentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    AttachmentsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    AttachmentsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attached file, sent with the type it was recognised as */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ContentController_checkReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckSectionsDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckResult"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReportsController_overrideCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckOverrideDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckOverride"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReportsController_diff: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDiff"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    DisclosureController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Disclosure"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    DisclosureController_saveMarking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveRevisionDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedRevision"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    DisclosureController_correctPublication: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-100 characters [A-Za-z0-9_-]; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisclosurePublicationCorrectionDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Disclosure"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    DisclosureController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-100 characters [A-Za-z0-9_-]; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisclosurePublicationDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Disclosure"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    DisclosureController_review: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-100 characters [A-Za-z0-9_-]; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisclosureReviewDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Disclosure"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReportDocumentsController_check: {
        parameters: {
            query?: {
                /** @description The order the five items are printed in, as item numbers separated by commas (some provinces want 3,1,2,4,5); each of 1-5 exactly once, else 400 ITEM_ORDER_INVALID. Default: the order set on the campaign the report answers (see campaignId), else 1,2,3,4,5 */
                itemOrder?: string;
                /** @description Without itemOrder: print in the item order of this campaign the report answers (400 EXPORT_CAMPAIGN_UNKNOWN for another); default the earliest issued campaign the report answers */
                campaignId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentCheck"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReportDocumentsController_applyFixes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyFixesDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppliedDocumentFixes"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReportDocumentsController_export: {
        parameters: {
            query?: {
                /** @description The order the five items are printed in, as item numbers separated by commas (some provinces want 3,1,2,4,5); each of 1-5 exactly once, else 400 ITEM_ORDER_INVALID. Default: the order set on the campaign the report answers (see campaignId), else 1,2,3,4,5 */
                itemOrder?: string;
                /** @description Without itemOrder: print in the item order of this campaign the report answers (400 EXPORT_CAMPAIGN_UNKNOWN for another); default the earliest issued campaign the report answers */
                campaignId?: string;
                version?: "internal" | "public";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    FindingsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewFindingList"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    FindingsController_raise: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-100 characters [A-Za-z0-9_-]; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseFindingDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewFinding"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReportDocumentsController_followThrough: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowThrough"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReportsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportHistory"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReceiptsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReceiptsController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-100 characters [A-Za-z0-9_-]; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptReceiptDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptDecision"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReceiptsController_dispatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispatchToCampaignDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptDecision"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReceiptsController_return: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8-100 characters [A-Za-z0-9_-]; a retried request with the same key is applied once */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnReceiptDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptDecision"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReportsController_revisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionMeta"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReportsController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveRevisionDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedRevision"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReportsController_revision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Revision"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    StampedScanController_latest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StampedScan"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    StampedScanController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StampedScan"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    StampedScanController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stamped scan, byte for byte as uploaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    StampedScanController_requirement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StampedScanRequirement"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReportCopiesController_list: {
        parameters: {
            query?: {
                reportYear?: number;
                limit?: number;
                offset?: number;
                /** @description Only the reports my unit received as 主送 (main), as the issuer of the campaign they answer (issuer, 报送) or as 抄送 (copy); all when absent */
                receivedAs?: "main" | "issuer" | "copy";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CopiedReport"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    SystemController_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfCheck"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    SystemController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfCheck"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UnitsController_list: {
        parameters: {
            query?: {
                kind?: "government" | "department" | "justice_bureau" | "other" | "party_committee" | "congress_standing_committee" | "rule_of_law_office";
                level?: "province" | "prefecture" | "county" | "township";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UnitsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUnitDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UnitsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UnitDeliberationBodyController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliberationBodyDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliberationBodySetting"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UnitsController_setDemonstrationArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DemonstrationAreaDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UnitDutySeparationController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DutySeparationDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutySeparationSetting"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UnitsController_rename: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameUnitDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UnitReviewChainController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewChainSetting"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UnitReviewChainController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewChainDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewChainSetting"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    BoardController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionHistory"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UnitWebhookController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSetting"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UnitsController_drafterCountsOf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrafterCount"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description Only users of this unit */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UsersController_activate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UsersController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UsersController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UsersController_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleGrantDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UsersController_remove: {
        parameters: {
            query?: {
                unitId?: string;
            };
            header?: never;
            path: {
                id: string;
                role: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    UsersController_unlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    ReportsController_workQueue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkItem"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            405: components["responses"]["Error405"];
            408: components["responses"]["Error408"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            423: components["responses"]["Error423"];
            429: components["responses"]["Error429"];
            431: components["responses"]["Error431"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const pathsCampaignsIdBoardGetParametersQueryLightValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board"]["get"]["parameters"]["query"]["light"]> = ["green", "yellow", "red"];
export const pathsCampaignsIdBoardGetParametersQueryUnitKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board"]["get"]["parameters"]["query"]["unitKind"]> = ["government", "department", "justice_bureau", "other", "party_committee", "congress_standing_committee", "rule_of_law_office"];
export const pathsCampaignsIdBoardGetParametersQueryUnitLevelValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board"]["get"]["parameters"]["query"]["unitLevel"]> = ["province", "prefecture", "county", "township"];
export const pathsCampaignsIdBoardGetParametersQueryDisclosureValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board"]["get"]["parameters"]["query"]["disclosure"]> = ["published", "not_published", "overdue_unpublished"];
export const pathsCampaignsIdBoardGetParametersQuerySortValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board"]["get"]["parameters"]["query"]["sort"]> = ["unit", "state", "dueDate", "urgency", "returnCount", "submittedAt"];
export const pathsCampaignsIdBoardGetParametersQueryOrderValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board"]["get"]["parameters"]["query"]["order"]> = ["asc", "desc"];
export const pathsCampaignsIdBoardCsvGetParametersQueryLightValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board.csv"]["get"]["parameters"]["query"]["light"]> = ["green", "yellow", "red"];
export const pathsCampaignsIdBoardCsvGetParametersQueryUnitKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board.csv"]["get"]["parameters"]["query"]["unitKind"]> = ["government", "department", "justice_bureau", "other", "party_committee", "congress_standing_committee", "rule_of_law_office"];
export const pathsCampaignsIdBoardCsvGetParametersQueryUnitLevelValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board.csv"]["get"]["parameters"]["query"]["unitLevel"]> = ["province", "prefecture", "county", "township"];
export const pathsCampaignsIdBoardCsvGetParametersQueryDisclosureValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board.csv"]["get"]["parameters"]["query"]["disclosure"]> = ["published", "not_published", "overdue_unpublished"];
export const pathsCampaignsIdBoardCsvGetParametersQuerySortValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board.csv"]["get"]["parameters"]["query"]["sort"]> = ["unit", "state", "dueDate", "urgency", "returnCount", "submittedAt"];
export const pathsCampaignsIdBoardCsvGetParametersQueryOrderValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board.csv"]["get"]["parameters"]["query"]["order"]> = ["asc", "desc"];
export const pathsCampaignsIdBoardXlsxGetParametersQueryLightValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board.xlsx"]["get"]["parameters"]["query"]["light"]> = ["green", "yellow", "red"];
export const pathsCampaignsIdBoardXlsxGetParametersQueryUnitKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board.xlsx"]["get"]["parameters"]["query"]["unitKind"]> = ["government", "department", "justice_bureau", "other", "party_committee", "congress_standing_committee", "rule_of_law_office"];
export const pathsCampaignsIdBoardXlsxGetParametersQueryUnitLevelValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board.xlsx"]["get"]["parameters"]["query"]["unitLevel"]> = ["province", "prefecture", "county", "township"];
export const pathsCampaignsIdBoardXlsxGetParametersQueryDisclosureValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board.xlsx"]["get"]["parameters"]["query"]["disclosure"]> = ["published", "not_published", "overdue_unpublished"];
export const pathsCampaignsIdBoardXlsxGetParametersQuerySortValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board.xlsx"]["get"]["parameters"]["query"]["sort"]> = ["unit", "state", "dueDate", "urgency", "returnCount", "submittedAt"];
export const pathsCampaignsIdBoardXlsxGetParametersQueryOrderValues: ReadonlyArray<FlattenedDeepRequired<paths>["/campaigns/{id}/board.xlsx"]["get"]["parameters"]["query"]["order"]> = ["asc", "desc"];
export const pathsReportsIdExportDocxGetParametersQueryVersionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/reports/{id}/export.docx"]["get"]["parameters"]["query"]["version"]> = ["internal", "public"];
export const pathsReportsCopiesGetParametersQueryReceivedAsValues: ReadonlyArray<FlattenedDeepRequired<paths>["/reports/copies"]["get"]["parameters"]["query"]["receivedAs"]> = ["main", "issuer", "copy"];
export const pathsUnitsGetParametersQueryKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/units"]["get"]["parameters"]["query"]["kind"]> = ["government", "department", "justice_bureau", "other", "party_committee", "congress_standing_committee", "rule_of_law_office"];
export const pathsUnitsGetParametersQueryLevelValues: ReadonlyArray<FlattenedDeepRequired<paths>["/units"]["get"]["parameters"]["query"]["level"]> = ["province", "prefecture", "county", "township"];
export const actionFieldValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ActionField"]> = ["meetingBody", "meetingDate", "minutesNumber", "opinion", "publicationUrl", "publicationDate", "documentNumber", "needsRedeliberation"];
export const boardRowChainShortfallRuleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BoardRow"]["chainShortfall"]["rule"]> = ["deliberation", "legalReview", "signOff"];
export const boardRowReceiptAnyOf0Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BoardRow"]["receipt"]> = ["received", "accepted", "returned"];
export const calendarDayKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CalendarDay"]["kind"]> = ["weekday", "weekend", "holiday", "swapped-workday", "regional-holiday", "regional-workday"];
export const campaignRecipientsExternalCopyBodyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Campaign"]["recipients"]["external"]["copy"]["body"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const campaignRecipientsExternalMainBodyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Campaign"]["recipients"]["external"]["main"]["body"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const campaignRecipientsPerTargetAnyOf0ExternalCopyBodyValues: ReadonlyArray<Extract<Extract<Extract<FlattenedDeepRequired<components>["schemas"]["Campaign"]["recipients"]["perTarget"], {
    external: unknown;
}>["external"], {
    copy: unknown;
}>["copy"], {
    body: unknown;
}>["body"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const campaignRecipientsPerTargetAnyOf0ExternalMainBodyValues: ReadonlyArray<Extract<Extract<Extract<FlattenedDeepRequired<components>["schemas"]["Campaign"]["recipients"]["perTarget"], {
    external: unknown;
}>["external"], {
    main: unknown;
}>["main"], {
    body: unknown;
}>["body"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const campaignReportLineValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Campaign"]["reportLine"]> = ["annual", "demonstration_area"];
export const campaignEventActionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CampaignEvent"]["action"]> = ["issued", "targets_added", "withdrawn", "notice_file_attached", "extension_requested", "extension_granted", "extension_refused", "extension_cancelled", "scoring_rule_set", "notice_drafted", "notice_edited", "notice_refreshed", "notice_issued", "item_order_set", "external_forwarded", "target_urged"];
export const campaignItemOrderLockedBecauseAnyOf0Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CampaignItemOrder"]["lockedBecause"]> = ["dispatched", "withdrawn"];
export const campaignListItemRelationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CampaignListItem"]["relation"]> = ["issued", "received"];
export const campaignNoticeStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CampaignNotice"]["status"]> = ["draft", "issued"];
export const campaignStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CampaignStatus"]> = ["active", "withdrawn"];
export const copiedReportCampaignsReceivedAsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CopiedReport"]["campaigns"]["receivedAs"]> = ["main", "issuer", "copy"];
export const copiedReportReceivedAsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CopiedReport"]["receivedAs"]> = ["main", "issuer", "copy"];
export const createUnitDtoKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateUnitDto"]["kind"]> = ["government", "department", "justice_bureau", "other", "party_committee", "congress_standing_committee", "rule_of_law_office"];
export const createUnitDtoLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateUnitDto"]["level"]> = ["province", "prefecture", "county", "township"];
export const deadLetterReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DeadLetter"]["reason"]> = ["failed", "unconfirmed"];
export const decideExtensionDtoDecisionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DecideExtensionDto"]["decision"]> = ["grant", "refuse"];
export const defaultRecipientsExternalCopyBodyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DefaultRecipients"]["external"]["copy"]["body"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const defaultRecipientsExternalMainBodyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DefaultRecipients"]["external"]["main"]["body"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const defaultRecipientsGroupsAnyOf0ExternalCopyBodyValues: ReadonlyArray<Extract<Extract<Extract<FlattenedDeepRequired<components>["schemas"]["DefaultRecipients"]["groups"], {
    external: unknown;
}>["external"], {
    copy: unknown;
}>["copy"], {
    body: unknown;
}>["body"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const defaultRecipientsGroupsAnyOf0ExternalMainBodyValues: ReadonlyArray<Extract<Extract<Extract<FlattenedDeepRequired<components>["schemas"]["DefaultRecipients"]["groups"], {
    external: unknown;
}>["external"], {
    main: unknown;
}>["main"], {
    body: unknown;
}>["body"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const defaultRecipientsGroupsAnyOf0LineKindAnyOf0Values: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["DefaultRecipients"]["groups"], {
    lineKind: unknown;
}>["lineKind"]> = ["department", "government_to_own_level", "party_and_government_to_level_up", "provincial_party_and_government", "demonstration_area"];
export const defaultRecipientsLineKindAnyOf0Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DefaultRecipients"]["lineKind"]> = ["department", "government_to_own_level", "party_and_government_to_level_up", "provincial_party_and_government", "demonstration_area"];
export const defaultRecipientsReasonAnyOf0Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DefaultRecipients"]["reason"]> = ["issuer_not_on_line"];
export const defaultRecipientsSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DefaultRecipients"]["source"]> = ["routing_table", "per_target", "issuer"];
export const deliberationBodyDtoDeliberationBodyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DeliberationBodyDto"]["deliberationBody"]> = ["\u515A\u7EC4\u4F1A\u8BAE", "\u5C40\u515A\u59D4\u4F1A\u8BAE", "\u5C40\u957F\u529E\u516C\u4F1A\u8BAE", "\u653F\u5E9C\u5E38\u52A1\u4F1A\u8BAE", "\u515A\u59D4\u5E38\u59D4\u4F1A\u4F1A\u8BAE", "\u4E3B\u4EFB\u4F1A\u8BAE", "\u515A\u59D4\u4F1A\u8BAE", "\u515A\u653F\u8054\u5E2D\u4F1A\u8BAE", "\u4E61\u9547\u957F\u529E\u516C\u4F1A\u8BAE"];
export const diffHunkKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DiffHunk"]["kind"]> = ["same", "added", "removed"];
export const disclosureReviewAnyOf0ConclusionValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["Disclosure"]["review"], {
    conclusion: unknown;
}>["conclusion"]> = ["cleared", "changes_needed"];
export const disclosureChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DisclosureChannel"]> = ["government_website", "newspaper", "new_media", "other"];
export const disclosureColumnValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DisclosureColumn"]> = ["published", "not_published", "overdue_unpublished"];
export const disclosurePublicationCorrectionDtoChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DisclosurePublicationCorrectionDto"]["channel"]> = ["government_website", "newspaper", "new_media", "other"];
export const disclosurePublicationDtoChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DisclosurePublicationDto"]["channel"]> = ["government_website", "newspaper", "new_media", "other"];
export const disclosureReviewDtoConclusionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DisclosureReviewDto"]["conclusion"]> = ["cleared", "changes_needed"];
export const disclosureStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DisclosureStatus"]> = ["not_started", "reviewed", "cleared_for_publication", "published"];
export const disclosureTodoListItemsStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DisclosureTodoList"]["items"]["step"]> = ["review", "mark", "publish"];
export const documentCheckHeadingsProblemValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocumentCheck"]["headings"]["problem"]> = ["misnumbered", "duplicated", "extra_heading", "number_lost"];
export const documentCheckHeadingsSectionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocumentCheck"]["headings"]["section"]> = ["measures", "shortcomings", "leadersDuty", "nextYearPlan", "other"];
export const documentCheckRemovalsReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocumentCheck"]["removals"]["reason"]> = ["page_source_line", "word_bookmark", "view_counter", "page_controls"];
export const documentCheckRemovalsSectionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocumentCheck"]["removals"]["section"]> = ["measures", "shortcomings", "leadersDuty", "nextYearPlan", "other"];
export const documentCheckWithholdMarkersKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocumentCheck"]["withholdMarkers"]["kind"]> = ["unclosed", "unopened", "nested", "unrecognised", "lookalike"];
export const documentCheckWithholdMarkersWhereAnyOf0Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocumentCheck"]["withholdMarkers"]["where"]> = ["measures", "shortcomings", "leadersDuty", "nextYearPlan", "other"];
export const dutySeparationDtoDutySeparationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DutySeparationDto"]["dutySeparation"]> = ["enforced", "relaxed"];
export const dutySeparationSettingDutySeparationAnyOf0Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DutySeparationSetting"]["dutySeparation"]> = ["enforced", "relaxed"];
export const dutySeparationSettingEffectiveValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DutySeparationSetting"]["effective"]> = ["enforced", "relaxed"];
export const enteredScheduleReplacedAnyOf0Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EnteredSchedule"]["replaced"]> = ["entry", "file"];
export const errorBody400ErrorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorBody400"]["error"]> = ["BAD_REQUEST", "CALENDAR_SCHEDULE_INVALID", "CASCADE_BEYOND_PARENT", "COMMENT_REQUIRED", "CURRENT_PASSWORD_WRONG", "DATE_IN_PAST", "DISCLOSURE_FIELD_INVALID", "DUE_DATE_AFTER_PARENT", "DUE_DATE_AFTER_REGULATION", "EXPORT_CAMPAIGN_UNKNOWN", "EXTENSION_NOT_LATER", "EXTENSION_TOO_LATE", "FIELD_INVALID", "FIELD_REQUIRED", "FILE_REQUIRED", "FINDING_FIELD_INVALID", "FORWARDING_INVALID", "IDEMPOTENCY_KEY_UNSUPPORTED", "INVALID_ENCODING", "ITEM_ORDER_INVALID", "JOINT_REPORT_INVALID", "MALFORMED_BODY", "MALFORMED_JSON", "NOTICE_INVALID", "NOT_A_DEMONSTRATION_AREA", "NO_TARGETS", "PASSWORD_UNCHANGED", "RECEIPT_COMMENT_REQUIRED", "RECIPIENT_INVALID", "REGULATION_DATE_PASSED", "REPORT_LINE_MISMATCH", "REPORT_TOO_LONG", "ROLE_UNIT_INVALID", "SCORING_RULE_INVALID", "STAMPED_SCAN_INVALID", "TARGET_NOT_BELOW_ISSUER", "TOKEN_IN_QUERY", "UNIT_HOUSING_INVALID", "UNIT_PLACEMENT_INVALID", "UNKNOWN_ACTION", "UNKNOWN_WORKFLOW", "USERNAME_INVALID", "VALIDATION_FAILED", "WEBHOOK_URL_REFUSED"];
export const errorBody401ErrorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorBody401"]["error"]> = ["ACCOUNT_DEACTIVATED", "BAD_CREDENTIALS", "INVALID_REFRESH_TOKEN", "INVALID_TOKEN", "SESSION_ENDED", "UNAUTHENTICATED"];
export const errorBody403ErrorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorBody403"]["error"]> = ["CALENDAR_SCOPE", "DUTIES_NOT_SEPARATED", "FORBIDDEN", "GRANT_TO_APPOINTER_FORBIDDEN", "OWN_ADMIN_ROLE_REMOVAL_FORBIDDEN", "OWN_PASSWORD_RESET_FORBIDDEN", "PASSWORD_CHANGE_REQUIRED", "ROLE_REQUIRED", "SELF_GRANT_FORBIDDEN", "TARGET_HOLDS_ROLE_BEYOND_YOUR_REACH"];
export const errorBody404ErrorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorBody404"]["error"]> = ["ATTACHMENT_NOT_FOUND", "CAMPAIGN_NOT_FOUND", "EXTENSION_NOT_FOUND", "FINDING_NOT_FOUND", "NOTICE_FILE_NOT_FOUND", "NOTICE_NOT_FOUND", "NOTIFICATION_NOT_FOUND", "NOT_FOUND", "RECEIPT_NOT_FOUND", "REPORT_NOT_FOUND", "REVISION_NOT_FOUND", "ROLE_NOT_HELD", "STAMPED_SCAN_NOT_FOUND"];
export const errorBody405ErrorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorBody405"]["error"]> = ["METHOD_NOT_ALLOWED", "QUEUE_BOARD_READ_ONLY"];
export const errorBody408ErrorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorBody408"]["error"]> = ["REQUEST_TIMEOUT"];
export const errorBody409ErrorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorBody409"]["error"]> = ["ACTION_NOT_ALLOWED_IN_STATE", "CAMPAIGN_DUPLICATE", "CAMPAIGN_PAST_DUE", "CAMPAIGN_WITHDRAWN", "CANNOT_DEACTIVATE_SELF", "CONFLICT", "DISCLOSURE_ALREADY_PUBLISHED", "DISCLOSURE_MARKING_NOT_OPEN", "DISCLOSURE_NOT_CLEARED", "DISCLOSURE_NOT_DISPATCHED", "DISCLOSURE_NOT_PUBLISHED", "DISCLOSURE_REVIEW_OUTDATED", "DISCLOSURE_STALE_VERSION", "DISPATCH_NOT_POSSIBLE", "EXTENSION_ALREADY_DECIDED", "EXTENSION_PENDING", "FINDING_NO_RECEIPT", "FINDING_STALE_VERSION", "FINDING_WRONG_STATUS", "FORWARDING_CHANGED", "FORWARDING_NOT_ACCEPTED", "ITEM_ORDER_LOCKED", "ITEM_ORDER_STALE_VERSION", "JOINT_REPORT_CONFLICT", "NOTICE_ALREADY_ISSUED", "NOTICE_BEFORE_DISCLOSURE_DATE", "NOTICE_EXISTS", "NOTICE_FACTS_CHANGED", "NOTICE_STALE_VERSION", "NOTICE_TOO_EARLY", "NOT_DEAD", "NO_REVISION_YET", "RECEIPT_ALREADY_DECIDED", "RECEIPT_DECISION_REQUIRED", "RECEIPT_EXISTS", "RECEIPT_RETURN_NOT_POSSIBLE", "RECEIPT_STALE_VERSION", "REPORT_ALREADY_SUBMITTED", "REPORT_EXISTS", "REPORT_NOT_EDITABLE", "REPORT_STALE_VERSION", "REVISION_STALE", "ROLE_ALREADY_HELD", "SCORING_RULE_STALE_VERSION", "STAMPED_SCAN_TOO_EARLY", "TARGET_EXISTS", "UNIT_BODY_EXISTS", "UNIT_NAME_CHANGED", "UNIT_NAME_TAKEN", "URGED_TODAY", "URGE_NOBODY_TO_TELL", "URGE_NOT_NEEDED", "USERNAME_TAKEN", "WITHDRAW_NOT_ALLOWED"];
export const errorBody413ErrorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorBody413"]["error"]> = ["PAYLOAD_TOO_LARGE"];
export const errorBody415ErrorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorBody415"]["error"]> = ["FILE_TYPE_NOT_ALLOWED", "UNSUPPORTED_MEDIA_TYPE"];
export const errorBody422ErrorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorBody422"]["error"]> = ["COMPLETENESS_CHECK_FAILED", "DISCLOSURE_MARKERS_UNBALANCED", "DISCLOSURE_MARKING_CHANGES_TEXT", "DISCLOSURE_MARKING_UNCHANGED", "DOCUMENT_REJECTED", "FOLLOW_THROUGH_TOO_LARGE", "IDEMPOTENCY_KEY_REUSED", "STAMPED_SCAN_REQUIRED"];
export const errorBody423ErrorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorBody423"]["error"]> = ["ACCOUNT_LOCKED"];
export const errorBody429ErrorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorBody429"]["error"]> = ["TOO_MANY_REQUESTS"];
export const errorBody431ErrorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorBody431"]["error"]> = ["HEADERS_TOO_LARGE"];
export const errorBody500ErrorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorBody500"]["error"]> = ["INTERNAL_ERROR"];
export const errorBody503ErrorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorBody503"]["error"]> = ["DATABASE_UNAVAILABLE", "IMPORT_BUSY", "NOT_READY", "SERVICE_UNAVAILABLE"];
export const errorCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorCode"]> = ["ACCOUNT_DEACTIVATED", "ACCOUNT_LOCKED", "ACTION_NOT_ALLOWED_IN_STATE", "ATTACHMENT_NOT_FOUND", "BAD_CREDENTIALS", "BAD_REQUEST", "CALENDAR_SCHEDULE_INVALID", "CALENDAR_SCOPE", "CAMPAIGN_DUPLICATE", "CAMPAIGN_NOT_FOUND", "CAMPAIGN_PAST_DUE", "CAMPAIGN_WITHDRAWN", "CANNOT_DEACTIVATE_SELF", "CASCADE_BEYOND_PARENT", "COMMENT_REQUIRED", "COMPLETENESS_CHECK_FAILED", "CONFLICT", "CURRENT_PASSWORD_WRONG", "DATABASE_UNAVAILABLE", "DATE_IN_PAST", "DISCLOSURE_ALREADY_PUBLISHED", "DISCLOSURE_FIELD_INVALID", "DISCLOSURE_MARKERS_UNBALANCED", "DISCLOSURE_MARKING_CHANGES_TEXT", "DISCLOSURE_MARKING_NOT_OPEN", "DISCLOSURE_MARKING_UNCHANGED", "DISCLOSURE_NOT_CLEARED", "DISCLOSURE_NOT_DISPATCHED", "DISCLOSURE_NOT_PUBLISHED", "DISCLOSURE_REVIEW_OUTDATED", "DISCLOSURE_STALE_VERSION", "DISPATCH_NOT_POSSIBLE", "DOCUMENT_REJECTED", "DUE_DATE_AFTER_PARENT", "DUE_DATE_AFTER_REGULATION", "DUTIES_NOT_SEPARATED", "EXPORT_CAMPAIGN_UNKNOWN", "EXTENSION_ALREADY_DECIDED", "EXTENSION_NOT_FOUND", "EXTENSION_NOT_LATER", "EXTENSION_PENDING", "EXTENSION_TOO_LATE", "FIELD_INVALID", "FIELD_REQUIRED", "FILE_REQUIRED", "FILE_TYPE_NOT_ALLOWED", "FINDING_FIELD_INVALID", "FINDING_NOT_FOUND", "FINDING_NO_RECEIPT", "FINDING_STALE_VERSION", "FINDING_WRONG_STATUS", "FOLLOW_THROUGH_TOO_LARGE", "FORBIDDEN", "FORWARDING_CHANGED", "FORWARDING_INVALID", "FORWARDING_NOT_ACCEPTED", "GRANT_TO_APPOINTER_FORBIDDEN", "HEADERS_TOO_LARGE", "IDEMPOTENCY_KEY_REUSED", "IDEMPOTENCY_KEY_UNSUPPORTED", "IMPORT_BUSY", "INTERNAL_ERROR", "INVALID_ENCODING", "INVALID_REFRESH_TOKEN", "INVALID_TOKEN", "ITEM_ORDER_INVALID", "ITEM_ORDER_LOCKED", "ITEM_ORDER_STALE_VERSION", "JOINT_REPORT_CONFLICT", "JOINT_REPORT_INVALID", "MALFORMED_BODY", "MALFORMED_JSON", "METHOD_NOT_ALLOWED", "NOTICE_ALREADY_ISSUED", "NOTICE_BEFORE_DISCLOSURE_DATE", "NOTICE_EXISTS", "NOTICE_FACTS_CHANGED", "NOTICE_FILE_NOT_FOUND", "NOTICE_INVALID", "NOTICE_NOT_FOUND", "NOTICE_STALE_VERSION", "NOTICE_TOO_EARLY", "NOTIFICATION_NOT_FOUND", "NOT_A_DEMONSTRATION_AREA", "NOT_DEAD", "NOT_FOUND", "NOT_READY", "NO_REVISION_YET", "NO_TARGETS", "OWN_ADMIN_ROLE_REMOVAL_FORBIDDEN", "OWN_PASSWORD_RESET_FORBIDDEN", "PASSWORD_CHANGE_REQUIRED", "PASSWORD_UNCHANGED", "PAYLOAD_TOO_LARGE", "QUEUE_BOARD_READ_ONLY", "RECEIPT_ALREADY_DECIDED", "RECEIPT_COMMENT_REQUIRED", "RECEIPT_DECISION_REQUIRED", "RECEIPT_EXISTS", "RECEIPT_NOT_FOUND", "RECEIPT_RETURN_NOT_POSSIBLE", "RECEIPT_STALE_VERSION", "RECIPIENT_INVALID", "REGULATION_DATE_PASSED", "REPORT_ALREADY_SUBMITTED", "REPORT_EXISTS", "REPORT_LINE_MISMATCH", "REPORT_NOT_EDITABLE", "REPORT_NOT_FOUND", "REPORT_STALE_VERSION", "REPORT_TOO_LONG", "REQUEST_TIMEOUT", "REVISION_NOT_FOUND", "REVISION_STALE", "ROLE_ALREADY_HELD", "ROLE_NOT_HELD", "ROLE_REQUIRED", "ROLE_UNIT_INVALID", "SCORING_RULE_INVALID", "SCORING_RULE_STALE_VERSION", "SELF_GRANT_FORBIDDEN", "SERVICE_UNAVAILABLE", "SESSION_ENDED", "STAMPED_SCAN_INVALID", "STAMPED_SCAN_NOT_FOUND", "STAMPED_SCAN_REQUIRED", "STAMPED_SCAN_TOO_EARLY", "TARGET_EXISTS", "TARGET_HOLDS_ROLE_BEYOND_YOUR_REACH", "TARGET_NOT_BELOW_ISSUER", "TOKEN_IN_QUERY", "TOO_MANY_REQUESTS", "UNAUTHENTICATED", "UNIT_BODY_EXISTS", "UNIT_HOUSING_INVALID", "UNIT_NAME_CHANGED", "UNIT_NAME_TAKEN", "UNIT_PLACEMENT_INVALID", "UNKNOWN_ACTION", "UNKNOWN_WORKFLOW", "UNSUPPORTED_MEDIA_TYPE", "URGED_TODAY", "URGE_NOBODY_TO_TELL", "URGE_NOT_NEEDED", "USERNAME_INVALID", "USERNAME_TAKEN", "VALIDATION_FAILED", "WEBHOOK_URL_REFUSED", "WITHDRAW_NOT_ALLOWED"];
export const extensionStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Extension"]["status"]> = ["pending", "granted", "refused", "cancelled"];
export const extensionWithUnitStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExtensionWithUnit"]["status"]> = ["pending", "granted", "refused", "cancelled"];
export const externalRecipientsDtoCopyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExternalRecipientsDto"]["copy"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const externalRecipientsDtoMainValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExternalRecipientsDto"]["main"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const figureKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Figure"]["kind"]> = ["count", "amount", "percent"];
export const findingSeverityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Finding"]["severity"]> = ["error", "warning", "info"];
export const followThroughEntriesStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FollowThrough"]["entries"]["status"]> = ["reported", "not_reported"];
export const forwardingRecordBodyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ForwardingRecord"]["body"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const forwardingRecordChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ForwardingRecord"]["channel"]> = ["confidential_courier", "confidential_mail", "e_document_system", "other"];
export const forwardingsBodiesBodyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Forwardings"]["bodies"]["body"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const forwardingsBodiesKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Forwardings"]["bodies"]["kind"]> = ["main", "copy"];
export const forwardingsTargetsBodiesBodyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Forwardings"]["targets"]["bodies"]["body"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const forwardingsTargetsBodiesKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Forwardings"]["targets"]["bodies"]["kind"]> = ["main", "copy"];
export const importResultYearBasisSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ImportResult"]["yearBasis"]["source"]> = ["title", "body", "date"];
export const issueCampaignDtoReportLineValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IssueCampaignDto"]["reportLine"]> = ["annual", "demonstration_area"];
export const issuedCampaignChainShortfallsMissingRuleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IssuedCampaign"]["chainShortfalls"]["missing"]["rule"]> = ["deliberation", "legalReview", "signOff"];
export const issuedCampaignRecipientsExternalCopyBodyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IssuedCampaign"]["recipients"]["external"]["copy"]["body"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const issuedCampaignRecipientsExternalMainBodyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IssuedCampaign"]["recipients"]["external"]["main"]["body"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const issuedCampaignRecipientsPerTargetAnyOf0ExternalCopyBodyValues: ReadonlyArray<Extract<Extract<Extract<FlattenedDeepRequired<components>["schemas"]["IssuedCampaign"]["recipients"]["perTarget"], {
    external: unknown;
}>["external"], {
    copy: unknown;
}>["copy"], {
    body: unknown;
}>["body"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const issuedCampaignRecipientsPerTargetAnyOf0ExternalMainBodyValues: ReadonlyArray<Extract<Extract<Extract<FlattenedDeepRequired<components>["schemas"]["IssuedCampaign"]["recipients"]["perTarget"], {
    external: unknown;
}>["external"], {
    main: unknown;
}>["main"], {
    body: unknown;
}>["body"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const issuedCampaignReportLineValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IssuedCampaign"]["reportLine"]> = ["annual", "demonstration_area"];
export const lightValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Light"]> = ["green", "yellow", "red"];
export const mappingEntryKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MappingEntry"]["kind"]> = ["preamble", "section", "subsection", "signature"];
export const pendingExtensionStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PendingExtension"]["status"]> = ["pending", "granted", "refused", "cancelled"];
export const progressValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Progress"]> = ["submitted_on_time", "submitted_late", "on_track", "due_soon", "overdue"];
export const publicReportFeedReportsBlocksKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PublicReportFeed"]["reports"]["blocks"]["kind"]> = ["documentNumber", "title", "addressee", "heading1", "heading2", "body", "signature", "imprint"];
export const receiptStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Receipt"]["status"]> = ["received", "accepted", "returned"];
export const recipientPreviewDtoReportLineValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecipientPreviewDto"]["reportLine"]> = ["annual", "demonstration_area"];
export const recordForwardingDtoBodyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecordForwardingDto"]["body"]> = ["party_central_committee", "state_council", "central_rule_of_law_office", "state_council_department"];
export const recordForwardingDtoChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecordForwardingDto"]["channel"]> = ["confidential_courier", "confidential_mail", "e_document_system", "other"];
export const reportDetailReportLineValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReportDetail"]["reportLine"]> = ["annual", "demonstration_area"];
export const reportSummaryReportLineValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReportSummary"]["reportLine"]> = ["annual", "demonstration_area"];
export const reviewChainSettingShortfallsMissingRuleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReviewChainSetting"]["shortfalls"]["missing"]["rule"]> = ["deliberation", "legalReview", "signOff"];
export const reviewFindingStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReviewFindingStatus"]> = ["open", "answered", "closed"];
export const roleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Role"]> = ["drafter", "dept_reviewer", "legal_adviser", "party_approver", "division_leader", "unit_leader", "coordinator", "admin"];
export const roleGrantDtoRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RoleGrantDto"]["role"]> = ["drafter", "dept_reviewer", "legal_adviser", "party_approver", "division_leader", "unit_leader", "coordinator", "admin"];
export const scheduleYearStatusOriginValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ScheduleYearStatus"]["origin"]> = ["entered", "file"];
export const sectionKeyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SectionKey"]> = ["measures", "shortcomings", "leadersDuty", "nextYearPlan", "other"];
export const statutoryItemValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["StatutoryItem"]> = [1, 2, 3, 4, 5];
export const submissionHistoryEntriesReceiptAnyOf0Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SubmissionHistory"]["entries"]["receipt"]> = ["received", "accepted", "returned"];
export const targetSelectorDtoKindsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TargetSelectorDto"]["kinds"]> = ["government", "department", "justice_bureau", "other", "party_committee", "congress_standing_committee", "rule_of_law_office"];
export const targetSelectorDtoLevelsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TargetSelectorDto"]["levels"]> = ["province", "prefecture", "county", "township"];
export const unitKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UnitKind"]> = ["government", "department", "justice_bureau", "other", "party_committee", "congress_standing_committee", "rule_of_law_office"];
export const unitLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UnitLevel"]> = ["province", "prefecture", "county", "township"];
export const unresolvedRecipientRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UnresolvedRecipient"]["role"]> = ["own_level_party_committee", "own_level_government", "department_one_level_up", "own_level_rule_of_law_office", "own_level_congress_standing_committee", "party_committee_one_level_up", "government_one_level_up", "rule_of_law_office_one_level_up", "provincial_rule_of_law_office", "centre"];
export const workflowRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WorkflowRole"]> = ["drafter", "dept_reviewer", "legal_adviser", "party_approver", "division_leader", "unit_leader", "coordinator", "admin", "co_reporting_leader"];
export const workItemReportLineValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WorkItem"]["reportLine"]> = ["annual", "demonstration_area"];
