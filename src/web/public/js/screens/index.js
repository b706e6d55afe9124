// Screen components by the route names of router.js.
import { AdminScreen } from './admin/admin-screen.js';
import { AuditScreen } from './audit/audit-screen.js';
import { TraceScreen } from './audit/trace-screen.js';
import { BenchScreen } from './bench/bench-screen.js';
import { WorklistScreen } from './bench/worklist.js';
import { WorksheetScreen } from './bench/worksheet.js';
import { HomeScreen, NotFoundScreen } from './home.js';
import { NewRequestScreen } from './reception/new-request.js';
import { SearchScreen } from './reception/search.js';
import { RequestScreen } from './request/request-view.js';
import { ReviewQueueScreen } from './review/review-queue.js';
import { ReviewRecordScreen } from './review/review-record.js';
import { SampleScreen } from './sample-screen.js';

export const SCREENS = {
  home: HomeScreen,
  newRequest: NewRequestScreen,
  searchRequests: SearchScreen,
  request: RequestScreen,
  sample: SampleScreen,
  worklist: WorklistScreen,
  bench: BenchScreen,
  worksheet: WorksheetScreen,
  reviewQueue: ReviewQueueScreen,
  reviewRecord: ReviewRecordScreen,
  audit: AuditScreen,
  trace: TraceScreen,
  admin: AdminScreen,
  notFound: NotFoundScreen,
};
