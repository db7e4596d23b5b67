import type { Task } from './task';

/**
 * The one rule for what a task is called, in the list, the tray and notifications alike: its
 * title, or the approval's name when the title is blank, or the caller's word for "untitled".
 */
export function taskTitle(task: Pick<Task, 'title' | 'definition'>, untitled: string): string {
  return task.title.trim() || task.definition.name.trim() || untitled;
}
