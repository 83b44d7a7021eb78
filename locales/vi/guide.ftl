# The route guide on the home screen ("Which request do I need?"): five questions lead to the
# request to start with and the next steps, each with a one-line reason. It recommends, following
# public guidance (UNODC tips for Central Asia and the Southern Caucasus); the official decides.
# The titles of the request types it names are those of requests.ftl.

guide-title = Tôi cần loại yêu cầu nào?
guide-intro = Năm câu hỏi cho biết nên bắt đầu từ yêu cầu nào và các bước tiếp theo, theo hướng dẫn công khai (các khuyến nghị của Văn phòng Liên Hợp Quốc về Ma túy và Tội phạm dành cho điều tra viên và công tố viên). Câu trả lời của bạn chỉ ở lại trên trang này: không được ghi lại và không được gửi đi bất cứ đâu.

# Question 1 and its options.
guide-data = Bạn cần dữ liệu nào?
guide-data-subscriber = Thông tin thuê bao: ai là chủ tài khoản
guide-data-traffic = Dữ liệu lưu lượng: địa chỉ IP, nhật ký đăng nhập, nhật ký kết nối
guide-data-content = Dữ liệu nội dung: tin nhắn, tệp, hình ảnh, bài đăng

# Question 2; answered with guide-yes or guide-no.
guide-emergency = Tính mạng của một người có đang bị đe dọa, hoặc một người có sắp bị gây tổn hại nghiêm trọng không?

# Question 3 and its options.
guide-reach = Nhà cung cấp dịch vụ có tiếp nhận trực tiếp yêu cầu về các dữ liệu này từ cơ quan nước ngoài không?
    .hint = Ví dụ, các nhà cung cấp dịch vụ đặt trụ sở tại Hoa Kỳ có thể tiết lộ trực tiếp cho cơ quan nước ngoài những dữ liệu không phải là dữ liệu nội dung. Nếu không chắc chắn, hãy hỏi nhà cung cấp dịch vụ hoặc cơ quan của Quốc gia được yêu cầu.
guide-reach-direct = Có, trực tiếp
guide-reach-state = Không, chỉ thông qua Quốc gia được yêu cầu
guide-reach-unsure = Không chắc chắn

# Question 4; answered with guide-yes or guide-no.
guide-preserved = Dữ liệu đã được bảo quản chưa?

# Question 5 and its options.
guide-basis = Điều gì gắn kết Quốc gia của bạn với Quốc gia được yêu cầu?
guide-basis-budapest = Cả hai Quốc gia đều là thành viên của Công ước Budapest (Công ước về tội phạm mạng)
guide-basis-treaty = Điều ước khác: song phương, khu vực hoặc một công ước của Liên Hợp Quốc
guide-basis-reciprocity = Không có điều ước: nguyên tắc có đi có lại hoặc pháp luật quốc gia

guide-yes = Có
guide-no = Không

# The recommendation, shown once every question is answered.
guide-incomplete = Hãy trả lời từng câu hỏi để biết nên bắt đầu từ đâu.
guide-advice = Bắt đầu từ đâu
guide-fallback = Nếu nhà cung cấp dịch vụ không trả lời hoặc từ chối
# The button of each recommended request: opens a new draft of that type.
guide-open = Bắt đầu yêu cầu này
guide-disclaimer = Đây là khuyến nghị dựa trên hướng dẫn công khai, không phải ý kiến pháp lý: quyết định thuộc về bạn, khi cần thì cùng với cơ quan của Quốc gia được yêu cầu.

# Why each request is recommended (one line each).
guide-why-emergency-provider = Sử dụng kênh tiết lộ khẩn cấp của nhà cung cấp dịch vụ (mục 3 của yêu cầu): nhà cung cấp dịch vụ tự quyết định có tiết lộ hay không khi cho rằng tính mạng của một người đang bị đe dọa.
guide-why-emergency-network = Gửi yêu cầu thông qua đầu mối liên lạc 24/7 của bạn, hoặc dưới dạng yêu cầu tương trợ tư pháp khẩn cấp. Tại mục 3, chỉ chọn Điều 9 hoặc Điều 10 của Nghị định thư bổ sung thứ hai nếu Nghị định thư có hiệu lực đối với cả hai Quốc gia; nếu không, hãy nêu kênh và căn cứ pháp lý.
guide-why-emergency-other = Gửi yêu cầu đến cơ quan có thẩm quyền của Quốc gia được yêu cầu; tại mục 3, hãy nêu kênh và căn cứ pháp lý (điều ước hoặc nguyên tắc có đi có lại).
guide-why-preserve-provider = Trước hết hãy đề nghị bảo quản dữ liệu, vì dữ liệu có thể bị xóa bất cứ lúc nào: gửi yêu cầu trực tiếp đến nhà cung cấp dịch vụ, kèm một bản sao gửi cơ quan có thẩm quyền của Quốc gia được yêu cầu.
guide-why-preserve-network = Trước hết hãy đề nghị bảo quản dữ liệu, vì dữ liệu có thể bị xóa bất cứ lúc nào: gửi yêu cầu thông qua đầu mối liên lạc 24/7 của bạn (Mạng lưới 24/7, Điều 35 của Công ước Budapest).
guide-why-preserve-authority = Trước hết hãy đề nghị bảo quản dữ liệu, vì dữ liệu có thể bị xóa bất cứ lúc nào: gửi yêu cầu thông qua Mạng lưới 24/7 nếu cả hai Quốc gia đều tham gia mạng lưới này, nếu không thì gửi đến cơ quan điều tra hoặc truy tố của Quốc gia được yêu cầu.
guide-why-provider-disclosure = Yêu cầu nhà cung cấp dịch vụ cung cấp dữ liệu: một số nhà cung cấp tiết lộ trực tiếp cho cơ quan nước ngoài những dữ liệu không phải là dữ liệu nội dung, và tự quyết định có làm như vậy hay không.
guide-why-fallback = Một yêu cầu tương trợ tư pháp về cùng dữ liệu đó, thông qua Quốc gia được yêu cầu.
guide-why-mla = Thu thập dữ liệu thông qua tương trợ tư pháp: chuẩn bị yêu cầu ngay khi dữ liệu đã được bảo quản.
guide-why-mla-content = Dữ liệu nội dung được thu thập thông qua tương trợ tư pháp: ví dụ, các nhà cung cấp dịch vụ đặt trụ sở tại Hoa Kỳ chỉ có thể tiết lộ trực tiếp cho cơ quan nước ngoài những dữ liệu không phải là dữ liệu nội dung. Chuẩn bị yêu cầu ngay khi dữ liệu đã được bảo quản.

# What qualifies the recommendation, when it applies.
guide-note-unsure = Hãy xác minh với nhà cung cấp dịch vụ và cơ quan của Quốc gia được yêu cầu xem nhà cung cấp có tiếp nhận yêu cầu trực tiếp từ cơ quan nước ngoài hay không: một số nhà cung cấp không sẵn sàng hợp tác với cơ quan thực thi pháp luật. Cho đến khi đó, lộ trình đi qua Quốc gia được yêu cầu.
guide-note-emergency = Yêu cầu khẩn cấp nêu thủ tục pháp lý sẽ được thực hiện sau đó: các yêu cầu tiếp theo chính là thủ tục tiếp theo đó, nhằm thu thập dữ liệu làm chứng cứ.
guide-note-preserved = Gửi yêu cầu tiết lộ trước khi thời hạn bảo quản kết thúc: thời hạn bảo quản khác nhau giữa các Quốc gia và giữa các nhà cung cấp dịch vụ.
guide-note-treaty = Áp dụng cùng các loại yêu cầu: chọn điều ước làm căn cứ pháp lý trong biểu mẫu và kiểm tra trong văn bản điều ước xem điều nào quy định từng biện pháp, đặc biệt là bảo quản nhanh.
guide-note-reciprocity = Áp dụng cùng các loại yêu cầu: chọn nguyên tắc có đi có lại hoặc pháp luật quốc gia làm căn cứ pháp lý trong biểu mẫu. Khi không có điều ước, việc Quốc gia được yêu cầu có hỗ trợ hay không và hỗ trợ như thế nào phụ thuộc vào pháp luật của Quốc gia đó: hãy tham khảo ý kiến cơ quan của Quốc gia đó trước.
