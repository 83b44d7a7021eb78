# Các căn cứ pháp lý mà một yêu cầu có thể dựa vào (templates/bases.toml), được chọn trong biểu mẫu. `$basis` là
# mã của một căn cứ trong tệp đó (`none` khi chưa chọn căn cứ nào); số hiệu các điều (`$articles`, với số lượng
# `$count`) lấy từ bases.toml và được đọc giống nhau trong mọi ngôn ngữ.

## Các văn kiện, như được gọi tên trong lựa chọn của biểu mẫu và trong dòng căn cứ pháp lý của yêu cầu

basis-budapest = Công ước về tội phạm mạng (ETS số 185)
basis-protocol2 = Nghị định thư bổ sung thứ hai của Công ước về tội phạm mạng về tăng cường hợp tác và tiết lộ chứng cứ điện tử (CETS số 224)
basis-untoc = Công ước của Liên hợp quốc về chống tội phạm có tổ chức xuyên quốc gia
basis-un-cybercrime = Công ước của Liên hợp quốc về chống tội phạm mạng
basis-ets30 = Công ước châu Âu về tương trợ trong các vấn đề hình sự (ETS số 30)
basis-ets30-p2 = Nghị định thư bổ sung thứ hai của Công ước châu Âu về tương trợ trong các vấn đề hình sự (ETS số 182)
basis-cis-minsk-1993 = Công ước về tương trợ tư pháp và quan hệ pháp lý trong các vụ việc dân sự, gia đình và hình sự (Minsk, ngày 22 tháng 01 năm 1993)
basis-cis-chisinau-2002 = Công ước về tương trợ tư pháp và quan hệ pháp lý trong các vụ việc dân sự, gia đình và hình sự (Chisinau, ngày 07 tháng 10 năm 2002)
basis-cis-it-crime-2018 = Hiệp định về hợp tác giữa các quốc gia thành viên Cộng đồng các Quốc gia Độc lập trong đấu tranh chống tội phạm trong lĩnh vực công nghệ thông tin (Dushanbe, ngày 28 tháng 9 năm 2018)
basis-arab-ito-2010 = Công ước Ả Rập về chống tội phạm công nghệ thông tin (Cairo, ngày 21 tháng 12 năm 2010)
basis-bilateral = Điều ước song phương giữa Quốc gia yêu cầu và Quốc gia được yêu cầu
basis-reciprocity = Nguyên tắc có đi có lại (không có điều ước nào về tương trợ tư pháp được áp dụng giữa hai Quốc gia)

## Dòng căn cứ pháp lý được in dưới tiêu đề của yêu cầu

# Các điều của văn kiện mà yêu cầu dựa vào, ví dụ "Điều 18(1), 18(3)(i)".
basis-articles = { $count ->
        [one] Điều { $articles }
       *[other] Điều { $articles }
    }
# `$treaty`: điều ước song phương và các điều của điều ước đó, như người dùng đã nhập (và dịch).
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; Nghị định thư chỉ được áp dụng giữa các Quốc gia là thành viên của Nghị định thư
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; Nghị định thư chỉ được áp dụng giữa các Quốc gia là thành viên của Nghị định thư và của Công ước
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Yêu cầu được đưa ra trên cơ sở có đi có lại; không có điều ước nào về tương trợ tư pháp được áp dụng giữa Quốc gia yêu cầu và Quốc gia được yêu cầu
       *[none] Chưa chọn căn cứ pháp lý
    }

## Lựa chọn trong biểu mẫu (không bao giờ được in: yêu cầu thể hiện dòng căn cứ pháp lý nêu trên)

basis-heading = Căn cứ pháp lý quốc tế
# `$match`: những gì văn kiện được chọn quy định cho yêu cầu này (templates/bases.toml): `specific`,
# `general`, `user` (điều ước song phương), `none` (có đi có lại), `unchosen`; `$request`: loại yêu cầu
# (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Điều ước hoặc căn cứ quốc tế khác mà yêu cầu dựa vào
    .hint = { $match ->
        [specific] Văn kiện được chọn có các điều được xây dựng riêng cho loại yêu cầu này; các điều đó được viện dẫn ở đầu yêu cầu. Chỉ chọn văn kiện này nếu văn kiện ràng buộc cả Quốc gia yêu cầu lẫn Quốc gia được yêu cầu.
        [general] { $request ->
            [preservation] Văn kiện được chọn không có điều nào về bảo quản nhanh: yêu cầu dựa vào các quy định chung về tương trợ của văn kiện, được viện dẫn ở đầu yêu cầu. Việc dữ liệu có được bảo quản hay không và trong bao lâu phụ thuộc vào pháp luật của Quốc gia được yêu cầu.
           *[other] Văn kiện được chọn không có điều nào được xây dựng riêng cho loại yêu cầu này: yêu cầu dựa vào các quy định chung về tương trợ của văn kiện, được viện dẫn ở đầu yêu cầu.
        }
        [user] Nêu tên điều ước và các điều mà yêu cầu dựa vào: các thông tin này được in ở đầu yêu cầu.
        [none] Không có điều ước nào được áp dụng giữa hai Quốc gia: yêu cầu dựa trên nguyên tắc có đi có lại và không viện dẫn điều nào. Hãy nêu căn cứ pháp lý trong nước của bạn tại mục tương ứng.
       *[unchosen] Chọn điều ước ràng buộc cả Quốc gia yêu cầu lẫn Quốc gia được yêu cầu. Các điều của điều ước đó được viện dẫn ở đầu yêu cầu và ở mọi chỗ yêu cầu dẫn chiếu đến.
    }
basis-bilateral-treaty = Tên và ngày của điều ước, và các điều mà yêu cầu dựa vào
# Việc kiểm tra do người lập yêu cầu thực hiện, chỉ hiển thị đối với văn kiện chưa có hiệu lực, hoặc chưa rõ tình
# trạng, theo các nguồn đã tham khảo (`$status`: `not-in-force`, `unknown`; `$as-of`: ngày của nguồn đó, theo
# định dạng YYYY-MM-DD). Không bao giờ được in: không giải thích cho bên nhận về chính pháp luật của họ.
basis-in-force = { $basis ->
        [protocol2] Tôi đã kiểm tra rằng cả hai Quốc gia đều là thành viên của Nghị định thư bổ sung thứ hai của Công ước về tội phạm mạng và Nghị định thư có hiệu lực giữa hai Quốc gia
        [ets30-p2] Tôi đã kiểm tra rằng cả hai Quốc gia đều là thành viên của Nghị định thư bổ sung thứ hai của Công ước châu Âu về tương trợ trong các vấn đề hình sự và Nghị định thư có hiệu lực giữa hai Quốc gia
       *[other] Tôi đã kiểm tra rằng cả hai Quốc gia đều là thành viên của văn kiện được chọn và văn kiện đó có hiệu lực giữa hai Quốc gia
    }
    .hint = { $status ->
        [not-in-force] Các nguồn được tham khảo cho ứng dụng này cho thấy văn kiện này chưa có hiệu lực vào ngày { $as-of }. Hãy kiểm tra với cơ quan trung ương của bạn hoặc cơ quan lưu chiểu trước khi dựa vào văn kiện. Đây là việc kiểm tra của riêng bạn: không bao giờ được in trong yêu cầu.
       *[unknown] Các nguồn được tham khảo cho ứng dụng này không cho thấy văn kiện này đã có hiệu lực hay chưa. Hãy kiểm tra với cơ quan trung ương của bạn hoặc cơ quan lưu chiểu trước khi dựa vào văn kiện. Đây là việc kiểm tra của riêng bạn: không bao giờ được in trong yêu cầu.
    }
