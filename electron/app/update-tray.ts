import type { TrayPort } from '../../shared/app/app-ports';
import type { TrayPresentation } from '../../shared/tray/tray-presentation';
import { withUpdateItem } from '../../shared/update/update-menu';
import type { UpdateState } from '../../shared/update/update-state';

// The tray port the core draws through, with "Restart to update" added when an update is
// ready. Keeps the last presentation so an update that becomes ready redraws the menu at once.

export function trayWithUpdateItem(tray: TrayPort, update: () => UpdateState, locale: () => 'zh' | 'en'): TrayPort & { redraw(): void } {
  let last: TrayPresentation | null = null;
  const draw = () => {
    if (last) tray.render({ ...last, menu: withUpdateItem(last.menu, update(), locale()) });
  };
  return {
    render(presentation) {
      last = presentation;
      draw();
    },
    redraw: draw,
  };
}
