export interface Config {
  /** Settings of the AI governance suite. */
  aiGovernance?: {
    /**
     * Risk matrix: the lowest score (likelihood × impact, 1–25) of each level.
     * Defaults: low 1, medium 5, high 10, critical 17.
     */
    riskMatrix?: {
      low?: { min: number };
      medium?: { min: number };
      high?: { min: number };
      critical?: { min: number };
    };
    /** Scorecard rules (see the README for the levels). */
    scorecard?: {
      /** Risks at or above this level need an approved treatment for silver. Default high. */
      riskAppetite?: 'low' | 'medium' | 'high' | 'critical';
      /** Minimum control compliance for silver, 0–1. Default 0.8. */
      silverMinCompliance?: number;
      /** Minimum control compliance for gold, 0–1. Default 1. */
      goldMinCompliance?: number;
    };
    evidence?: {
      /** Largest evidence file accepted, in bytes (413 above). Default 10 MiB. */
      maxBytes?: number;
    };
    openapi?: {
      /**
       * Check every answer against the OpenAPI spec and fail the request when
       * it does not conform (development and tests). Default false.
       */
      validateResponses?: boolean;
    };
    /** Tasks the suite opens (revalidations after material changes). */
    tasks?: {
      /**
       * Days after a material catalog change (model version, tier, purpose,
       * new AI dependency) its revalidation and reassessment are due. Default 30.
       */
      revalidationDueDays?: number;
      /**
       * Days between periodic reviews, per EU AI Act tier (0 for none); each
       * is due that long after the last closed review of its kind, or after
       * the system was first recorded. Defaults: high 90/90/30, limited
       * 180/180/90, minimal 365/0/0 (risk/bias/drift). Prohibited and
       * unclassified systems get none.
       */
      reviews?: {
        high?: {
          riskReview?: number;
          biasReview?: number;
          driftReview?: number;
        };
        limited?: {
          riskReview?: number;
          biasReview?: number;
          driftReview?: number;
        };
        minimal?: {
          riskReview?: number;
          biasReview?: number;
          driftReview?: number;
        };
      };
      /**
       * Days ahead of a risk acceptance's or evidence's expiry that its task
       * opens; an assessment in review is to be approved within as many.
       * Default 30.
       */
      expiryNoticeDays?: number;
    };
    /**
     * Notifications of tasks (through the notifications backend), each sent
     * once per task: to the assignee when a task opens and when it falls
     * due, and to the parent of the assignee group (the governance office
     * when there is none) once it is overdue by `escalateAfterDays`.
     */
    notifications?: {
      /** Minutes between the runs that send them. Default 5. */
      frequencyMinutes?: number;
      /** Days past its due date an open task is escalated. Default 7. */
      escalateAfterDays?: number;
      /** Notify the assignee of a new task. Default true. */
      taskOpened?: { enabled?: boolean };
      /** Notify the assignee of a task on and after its due date. Default true. */
      taskDue?: { enabled?: boolean };
      /** Escalate an overdue task to the group above the assignee. Default true. */
      taskEscalation?: { enabled?: boolean };
      /**
       * Notifications of incidents, each sent once per incident: the owner
       * of the system when one is reported, the governance office when one
       * is serious and again before its report to the authority is due.
       */
      incidents?: {
        /** Send them. Default true. */
        enabled?: boolean;
        /** Hours before a serious incident's report is due that the office is reminded. Default 24. */
        reportReminderHours?: number;
      };
    };
    catalogSync?: {
      /** How often AI systems and groups are re-read from the catalog. Default 5. */
      frequencyMinutes?: number;
    };
    /**
     * Governance records loaded at start for systems that have none yet
     * (idempotent), e.g. the demo's records. Leave unset in production.
     */
    seed?: {
      /** Path of the YAML file, relative to the backend's working directory. */
      file?: string;
    };
    /** Entity reference of the group whose members administer governance. */
    governanceOfficeGroup?: string;
    /** Certification readiness (`GET /readiness`). */
    readiness?: {
      /** AI systems in the stage 2 sample unless the request asks for another size. Default 3. */
      sampleSize?: number;
    };
    /**
     * The certification of the AI management system: surveillance audits
     * follow one and two years after the certificate date, recertification
     * at three. Without a certificate, the planned stage 1 and stage 2
     * audits are shown. Dates as YYYY-MM-DD.
     */
    certification?: {
      /** The date the certificate was issued; leave out while none is held. */
      certificateDate?: string;
      /** Who certifies, e.g. the certification body's name. */
      certificationBody?: string;
      /** The planned or held stage 1 audit. */
      stage1Date?: string;
      /** The planned or held stage 2 audit. */
      stage2Date?: string;
    };
    /**
     * Competence and AI literacy (ISO/IEC 42001 7.2, 7.3; EU AI Act Art. 4):
     * the course catalogue and who needs which course.
     */
    training?: {
      /**
       * Courses added to the shipped catalogue (ai-literacy,
       * high-risk-obligations, ai-risk-assessment, aims-internal-auditor,
       * responsible-ai-development); one with a shipped id replaces it.
       */
      courses?: Array<{
        /** Lowercase letters, digits and -, e.g. `prompt-safety`. */
        id: string;
        title: string;
        description?: string;
        /** Months a completion stays valid; leave out or null for never. */
        validityMonths?: number | null;
      }>;
      /** Drop the shipped courses and use only `courses`. Default false. */
      replaceDefaultCourses?: boolean;
      /**
       * Who needs which course; replaces the default rules (everyone needs
       * ai-literacy, members of groups owning a high-tier AI system
       * high-risk-obligations, the AIMS role internal-auditor
       * aims-internal-auditor). Each names a course of the catalogue.
       */
      requirements?: Array<{
        courseId: string;
        /** everyone, high-tier-owners, aims-role (with `role`) or group (with `group`). */
        appliesTo: 'everyone' | 'high-tier-owners' | 'aims-role' | 'group';
        /** The AIMS role, e.g. `internal-auditor`, for aims-role. */
        role?: string;
        /** The group entity ref, for group; its sub-teams' members count. */
        group?: string;
      }>;
    };
    /** Checks that the records can be trusted. */
    integrity?: {
      /**
       * The scheduled check: the history chain since the last run, the
       * records changed since, and a slice of all records in turn, compared
       * with their history. A mismatch raises an auditor event and notifies
       * the governance office.
       */
      check?: {
        /** Minutes between runs. Default 60. */
        frequencyMinutes?: number;
        /** Records compared per run besides the changed ones. Default 5000. */
        sweepRecords?: number;
      };
      /**
       * Signed checkpoints of the history chain's head, the anchor of the
       * chain outside the database: `GET /history/verify` checks the chain
       * against them, so removing its last events or rewriting it with
       * recomputed hashes is detected. The key is read from here only, never
       * stored in the database. Without a key the plugin starts, warns, and
       * answers 503 to creating a checkpoint. Set one of `signingKey`,
       * `signingKeyFile` and `secret`.
       */
      checkpoints?: {
        /**
         * Ed25519 private key (PEM, PKCS#8) that signs checkpoints; the
         * public key is derived from it to verify them.
         * @visibility secret
         */
        signingKey?: string;
        /**
         * Path of a file holding the Ed25519 private key (PEM), relative to
         * the backend's working directory.
         */
        signingKeyFile?: string;
        /**
         * Generate an Ed25519 key into `signingKeyFile` when the file does not
         * exist (in a folder git ignores). For the demo only; never in
         * production, where the key must come from your secrets. Default false.
         */
        generateSigningKey?: boolean;
        /**
         * HMAC-SHA256 secret (at least 32 bytes) that signs and verifies
         * checkpoints, instead of an Ed25519 key.
         * @visibility secret
         */
        secret?: string;
        /** Id recorded with each checkpoint; default derived from the key. */
        keyId?: string;
        /** Keys rotated out, kept to verify the checkpoints they signed. */
        verificationKeys?: Array<{
          keyId: string;
          /** Ed25519 public key (PEM, SPKI). */
          publicKey?: string;
          /**
           * HMAC-SHA256 secret.
           * @visibility secret
           */
          secret?: string;
        }>;
        /** Minutes between scheduled checkpoints. Default 15. */
        frequency?: number;
        /** The external copy of every checkpoint. */
        sink?: {
          /**
           * Directory, relative to the backend's working directory, that gets
           * one JSON file per checkpoint; put it on storage the database's
           * administrators cannot write.
           */
          directory?: string;
        };
      };
    };
  };
}
