import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TopicCode } from '../../../shared/tasks/topic';
import { approvalCentreUrl } from '../../../shared/links/approval-centre';
import { useTranslation } from '../i18n/i18n-context';
import { describePoller } from '../components/describe-poller';
import { Header } from '../components/Header';
import { StateLine } from '../components/StateLine';
import { TasksScreen } from '../components/TasksScreen';
import { useAppState } from '../hooks/use-app-state';
import { useAppearance } from '../hooks/use-appearance';
import { useNotice } from '../hooks/use-notice';
import { useNow } from '../hooks/use-now';
import { useSettings } from '../hooks/use-settings';
import type { UiLanguage } from '../../../shared/settings/resolve-language';
import { createTimeFormat } from '../i18n/time-format';
import { SettingsScreen } from '../settings/SettingsScreen';
import { SignInScreen } from '../sign-in/SignInScreen';
import { tabOfTopic, type TabId } from '../tasks/tabs';
import { useApi } from './api-context';
import { ApprovalsProvider } from '../approvals/approvals-context';
import { RejectDialog } from '../approvals/RejectDialog';
import { TaskDetailScreen } from '../approvals/TaskDetailScreen';
import { UndoBar } from '../approvals/UndoBar';
import { useDecisionFlow } from '../approvals/use-decision-flow';

type Screen = 'tasks' | 'settings' | 'sign-in' | 'detail';
/** The task the detail screen shows; `focusApprove` when a notification's Review opened it. */
type DetailTarget = { topic: TopicCode; taskId: string; focusApprove: boolean };

export function App() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const state = useAppState();
  const settingsHandle = useSettings();
  useAppearance(settingsHandle.settings);
  const now = useNow();
  const time = useMemo(() => createTimeFormat(i18n.language as UiLanguage), [i18n.language]);
  const [screen, setScreen] = useState<Screen>('tasks');
  const [tab, setTab] = useState<TabId>('todo');
  const [notice, notify] = useNotice();
  // A notification or tray click for a task: show its topic and select it.
  const [reveal, setReveal] = useState<{ topic: TopicCode; taskId: string; nonce: number } | null>(null);
  const [detail, setDetail] = useState<DetailTarget | null>(null);
  const showDetail = useCallback((topic: TopicCode, taskId: string, focusApprove = false) => {
    setDetail({ topic, taskId, focusApprove });
    setScreen('detail');
  }, []);
  const flow = useDecisionFlow(settingsHandle.settings, notify, showDetail);
  const line = state ? describePoller(t, state, now, time) : null;
  const stale = state !== null && state.poller.kind !== 'idle' && state.poller.kind !== 'updating' && state.poller.kind !== 'paused';

  useEffect(() => {
    const offSettings = api.on('nav:show-settings', () => setScreen('settings'));
    const offTask = api.on('nav:show-task', (target) => {
      if (target.view === 'detail') return showDetail(target.topic, target.taskId, true);
      setScreen('tasks');
      setTab(tabOfTopic(target.topic));
      setReveal((current) => ({ ...target, nonce: (current?.nonce ?? 0) + 1 }));
    });
    return () => {
      offSettings();
      offTask();
    };
  }, [api, showDetail]);

  // Outside the task list, Esc goes back to it.
  useEffect(() => {
    if (screen === 'tasks') return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented && !flow.rejecting) setScreen('tasks');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [screen, flow.rejecting]);

  return (
    <ApprovalsProvider value={flow.ui}>
      <div className="app">
        <Header
          state={state}
          line={line}
          onRefresh={() => void api.refresh({})}
          onOpenSettings={() => setScreen('settings')}
          onSignIn={() => setScreen('sign-in')}
        />
        <StateLine state={state} line={line} onSignIn={() => setScreen('sign-in')} />
        {screen === 'tasks' && (
          <TasksScreen
            tab={tab}
            counts={state?.counts ?? {}}
            now={now}
            time={time}
            active={screen === 'tasks'}
            stale={stale}
            centre={approvalCentreUrl(state?.account?.region) ? t(state?.account?.region === 'lark' ? 'task.productLark' : 'task.productFeishu') : null}
            reveal={reveal}
            onTab={setTab}
            onSignIn={() => setScreen('sign-in')}
            notify={notify}
          />
        )}
        {screen === 'settings' && (
          <SettingsScreen handle={settingsHandle} state={state} onBack={() => setScreen('tasks')} onSignIn={() => setScreen('sign-in')} notify={notify} />
        )}
        {screen === 'sign-in' && <SignInScreen state={state} onDone={() => setScreen('tasks')} notify={notify} />}
        {screen === 'detail' && detail && (
          <TaskDetailScreen
            key={`${detail.topic}:${detail.taskId}`}
            topic={detail.topic}
            taskId={detail.taskId}
            focusApprove={detail.focusApprove}
            decision={flow.ui.decisionFor(detail.taskId)}
            covered={flow.rejecting !== null}
            now={now}
            time={time}
            thresholds={flow.ui.thresholds}
            onBack={() => setScreen('tasks')}
            onOpen={(topic, taskId) => void flow.open(taskId, topic)}
            onDecide={(view, action) => {
              const target = { taskId: view.taskId, title: view.title.trim() || view.definitionName.trim() || t('task.untitled') };
              // Approved: back to the list, where the undo bar counts down.
              void flow.request(target, action).then((sent) => sent && setScreen('tasks'));
            }}
          />
        )}
        <UndoBar decisions={flow.decisions} onUndo={(taskId) => void flow.undo(taskId)} onDismiss={flow.dismiss} onOpen={(taskId) => void flow.open(taskId)} />
        <div className="notice" role="status" aria-live="polite" data-testid="notice">
          {notice}
        </div>
        {state === null && <p className="visually-hidden">{t('app.loading')}</p>}
        {flow.rejecting && (
          <RejectDialog
            title={flow.rejecting.title}
            onCancel={flow.cancelReject}
            onReject={(comment) => void flow.confirmReject(comment).then((sent) => sent && screen === 'detail' && setScreen('tasks'))}
          />
        )}
      </div>
    </ApprovalsProvider>
  );
}
