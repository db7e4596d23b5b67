import { describe, expect, it } from 'vitest';
import { createAllowedLinkHosts } from '../../../electron/app/allowed-link-hosts';
import { invokeRequestSchemas } from '../../../shared/ipc/request-schemas';
import { MAX_ALLOWED_HOSTS, withAllowedHost } from '../../../shared/links/allowed-hosts';
import { SettingsSchema, defaultSettings } from '../../../shared/settings/settings';
import type { Settings } from '../../../shared/settings/settings';
import { createRecordingPorts } from '../../fakes/app-ports';

function setup(initial: Partial<Settings> = {}) {
  let settings: Settings = { ...defaultSettings(), ...initial };
  const recorder = createRecordingPorts();
  const hosts = createAllowedLinkHosts({ settings: { get: () => settings, set: (next) => void (settings = SettingsSchema.parse(next)) }, renderer: recorder.ports.renderer });
  return { hosts, recorder, settings: () => settings };
}

describe('allowed link hosts', () => {
  it('remembers an allowed host once, and tells the window', () => {
    const { hosts, recorder, settings } = setup();
    hosts.allow('oa.example.com');
    hosts.allow('oa.example.com');
    expect(settings().allowedLinkHosts).toEqual(['oa.example.com']);
    expect(recorder.sent.filter((event) => event.channel === 'settings:changed')).toHaveLength(1);
  });

  it('forgets a host and leaves the other settings alone', () => {
    const { hosts, settings } = setup({ allowedLinkHosts: ['a.example.com', 'b.example.com'], pollIntervalMinutes: 17 });
    const next = hosts.forget('a.example.com');
    expect(next.allowedLinkHosts).toEqual(['b.example.com']);
    expect(settings()).toMatchObject({ allowedLinkHosts: ['b.example.com'], pollIntervalMinutes: 17 });
  });

  it('keeps the list bounded, dropping the oldest', () => {
    let list: string[] = [];
    for (let index = 0; index <= MAX_ALLOWED_HOSTS; index++) list = withAllowedHost(list, `h${index}.example.com`);
    expect(list).toHaveLength(MAX_ALLOWED_HOSTS);
    expect(list[0]).toBe('h1.example.com');
  });

  it('the window cannot add a host through settings:update', () => {
    const patch = invokeRequestSchemas['settings:update'].parse({ allowedLinkHosts: ['evil.example.com'], theme: 'dark' });
    expect(patch).not.toHaveProperty('allowedLinkHosts');
    expect(patch).toMatchObject({ theme: 'dark' });
  });

  it('a host list in the settings file that is not made of host names is repaired, not trusted', () => {
    expect(SettingsSchema.safeParse({ allowedLinkHosts: ['javascript:alert(1)'] }).success).toBe(false);
    expect(SettingsSchema.parse({ allowedLinkHosts: ['oa.example.com:8443', '[::1]'] }).allowedLinkHosts).toHaveLength(2);
  });
});
