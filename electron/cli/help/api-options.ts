// The flags tasks, count and watch share (electron/cli/cli-config.ts parses them). Add a flag
// here and in cli-config.ts's COMMON_OPTIONS together.
export const API_OPTIONS = `Options (flag, or environment variable)
  --base-url URL        FEISHU_BASE_URL          default https://open.feishu.cn (Lark: https://open.larksuite.com)
  --token-stdin         FEISHU_USER_ACCESS_TOKEN default: the signed-in account's token (only for its own host)
                        --token-stdin reads the token from stdin; --token is refused (ps and shell history show it)
  --user-id ID          FEISHU_USER_ID           default: the signed-in user
  --user-id-type TYPE   FEISHU_USER_ID_TYPE      open_id (default), union_id or user_id
  --state-dir DIR       APPROVAL_TRAY_STATE_DIR  where watch remembers what it reported
  --json                                         machine-readable output
  -h, --help                                     this text`;

export const TOPICS = 'Topics: todo|1, done|2, initiated|3, cc-unread|17, cc-read|18';
