export {
  NOTIFICATION_VALUE_MAX,
  type Notification,
  renderNotification,
} from './renderNotification.js';
