import { defineMessages } from '../../i18n/i18n';

export const explorerMessages = defineMessages({
  en: {
    title: 'API explorer',
    keyNote:
      'Requests you run here carry your signed-in API key, so they may read and change whatever its scopes allow. The console adds the key to each request; it is never shown, saved or put in the address.',
    keyboardHint: 'Keyboard: Ctrl-Enter (⌘-Enter on a Mac) runs the query. In an editor Tab indents; press Ctrl-M first to make Tab move on to the next control.',
    loading: 'Loading the API explorer…',
    loadFailed: 'The API explorer could not be loaded',
    editorLabel: 'GraphQL API explorer',
    defaultQueryComment: '# Ctrl-Enter runs the query.',
    fetcher: {
      unreachable: 'The server cannot be reached',
      notGraphQL: 'The server answered {status} without a GraphQL body',
      keyRefused: 'The server no longer accepts this API key',
    },
  },
  'zh-CN': {
    title: 'API 浏览器',
    keyNote:
      '在此运行的请求都携带您当前登录的 API 密钥，因此可以读取和修改该密钥权限范围内的数据。密钥由控制台加入每个请求，不会显示、保存或出现在地址栏中。',
    keyboardHint: '键盘：Ctrl-Enter（Mac 上为 ⌘-Enter）运行查询。在编辑器中 Tab 用于缩进；先按 Ctrl-M，Tab 即可移到下一个控件。',
    loading: '正在加载 API 浏览器…',
    loadFailed: '无法加载 API 浏览器',
    editorLabel: 'GraphQL API 浏览器',
    defaultQueryComment: '# 按 Ctrl-Enter 运行查询。',
    fetcher: {
      unreachable: '无法连接服务器',
      notGraphQL: '服务器返回了 {status}，但不是 GraphQL 响应',
      keyRefused: '服务器不再接受此 API 密钥',
    },
  },
});
