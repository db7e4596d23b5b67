// The tray's words in both languages. Main has no translator of its own, and the tray needs only these few.

export type TrayLocale = 'zh' | 'en';

export interface TrayStrings {
  app: string;
  /** Joins the parts of a status line. */
  sep: string;
  demo: string;
  demoLine: string;
  toDo: (count: string) => string;
  upToDate: string;
  newTasks: (count: number) => string;
  updating: string;
  firstUpdate: string;
  updatedAgo: (age: string) => string;
  neverUpdated: string;
  offline: string;
  rateLimited: string;
  retryAt: (clock: string) => string;
  signIn: string;
  signInNeeded: string;
  paused: string;
  pausedUntil: (clock: string) => string;
  error: (message: string) => string;
  resumesOn: (month: number, day: number) => string;
  nothingToDo: string;
  more: (count: number) => string;
  untitled: string;
  openWindow: string;
  refresh: string;
  pauseHour: string;
  pauseTomorrow: string;
  resume: string;
  settings: string;
  quit: string;
  age: { now: string; minutes: (n: number) => string; hours: (n: number) => string; days: (n: number) => string };
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const TRAY_STRINGS: Readonly<Record<TrayLocale, TrayStrings>> = {
  en: {
    app: 'Approval Tray',
    sep: ', ',
    demo: 'Demo',
    demoLine: 'Demo: sample tasks, not your account',
    toDo: (count) => `${count} to do`,
    upToDate: 'up to date',
    newTasks: (count) => `${count} new`,
    updating: 'Updating…',
    firstUpdate: 'Fetching approvals…',
    updatedAgo: (age) => `updated ${age}`,
    neverUpdated: 'no data yet',
    offline: 'Offline',
    rateLimited: 'Feishu asked us to slow down',
    retryAt: (clock) => `retrying at ${clock}`,
    signIn: 'Sign in…',
    signInNeeded: 'Sign-in needed',
    paused: 'Paused',
    pausedUntil: (clock) => `Paused until ${clock}`,
    error: (message) => `Error: ${message}`,
    resumesOn: (month, day) => `resumes ${MONTHS_EN[month - 1] ?? month} ${day}`,
    nothingToDo: 'Nothing to approve',
    more: (count) => `${count} more in the window…`,
    untitled: '(untitled)',
    openWindow: 'Open Approval Tray',
    refresh: 'Refresh now',
    pauseHour: 'Pause for 1 hour',
    pauseTomorrow: 'Pause until tomorrow',
    resume: 'Resume',
    settings: 'Settings…',
    quit: 'Quit',
    age: {
      now: 'just now',
      minutes: (n) => `${n} min ago`,
      hours: (n) => `${n} h ago`,
      days: (n) => `${n} d ago`,
    },
  },
  zh: {
    app: '审批托盘',
    sep: '，',
    demo: '演示',
    demoLine: '演示模式：示例任务，并非你的账号',
    toDo: (count) => `${count} 条待办`,
    upToDate: '已是最新',
    newTasks: (count) => `${count} 条新审批`,
    updating: '正在更新…',
    firstUpdate: '正在获取审批…',
    updatedAgo: (age) => `${age}更新`,
    neverUpdated: '尚无数据',
    offline: '离线',
    rateLimited: '飞书要求降低请求频率',
    retryAt: (clock) => `${clock} 重试`,
    signIn: '登录…',
    signInNeeded: '需要登录',
    paused: '已暂停',
    pausedUntil: (clock) => `已暂停至 ${clock}`,
    error: (message) => `出错：${message}`,
    resumesOn: (month, day) => `${month} 月 ${day} 日恢复`,
    nothingToDo: '没有待审批',
    more: (count) => `还有 ${count} 条，在窗口中查看…`,
    untitled: '（无标题）',
    openWindow: '打开审批托盘',
    refresh: '立即刷新',
    pauseHour: '暂停 1 小时',
    pauseTomorrow: '暂停到明天',
    resume: '恢复',
    settings: '设置…',
    quit: '退出',
    age: {
      now: '刚刚',
      minutes: (n) => `${n} 分钟前`,
      hours: (n) => `${n} 小时前`,
      days: (n) => `${n} 天前`,
    },
  },
};
