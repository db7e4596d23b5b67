import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  return <h1>审批托盘 Approval Tray</h1>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
